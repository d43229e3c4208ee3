//! The catalog: series, the class tree, brands, attributes, products and their SKUs.

mod model;
mod repo;

pub use model::*;
pub use repo::*;
