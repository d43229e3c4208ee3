//! The catalog: series, the class tree, brands, attributes, products and their SKUs.

mod classes;
mod listings;
mod model;
mod product;

pub use classes::*;
pub use listings::*;
pub use model::*;
pub use product::*;
