//! Typed ids: a product id can never be passed where a SKU id is expected.

use serde::{Deserialize, Serialize};

macro_rules! typed_id {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}", self.0)
            }
        }
    )*};
}

typed_id!(
    /// A product series (the shop sells two).
    SeriesId,
    /// A big or small class in the category tree.
    CategoryId,
    /// A brand.
    BrandId,
    /// A product (one page in the shop).
    ProductId,
    /// A stock-keeping unit: one variant (colour × size) of a product.
    SkuId,
    /// A warehouse holding stock.
    WarehouseId,
    /// A staff account.
    StaffId,
    /// A member: a shopper with an account.
    MemberId,
    /// A value of an attribute (a colour, a size, a material, a style).
    AttributeValueId,
    /// A question and answer of the customer service center's FAQ.
    FaqId,
);
