//! The catalog: series, the class tree, brands, attributes, products and their SKUs, and the
//! ways shoppers browse them.

mod activity;
mod browse;
mod classes;
mod compare;
mod conditions;
mod facets;
mod listings;
mod model;
mod offers;
mod product;
mod relations;
mod sitemap;
mod summaries;
mod vocabulary;

pub use activity::*;
pub use browse::*;
pub use classes::*;
pub use compare::*;
pub use listings::*;
pub use model::*;
pub use offers::{offers, Offer};
pub use product::*;
pub use relations::*;
pub use sitemap::*;
pub use summaries::{summaries_by_ids, summaries_remembered};
pub use vocabulary::*;
