//! Catalog types as the rest of the shop sees them (both languages, money as `Money`).

use crate::ids::{AttributeValueId, BrandId, CategoryId, ProductId, SeriesId, SkuId};
use crate::locale::Bilingual;
use crate::money::Money;
use serde::{Deserialize, Serialize};

/// One of the shop's product series (e.g. tailored, ready-to-wear).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Series {
    pub id: SeriesId,
    pub slug: String,
    pub name: Bilingual,
    pub tagline: Bilingual,
}

/// A big class (no parent) or a small class (inside a big class).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Category {
    pub id: CategoryId,
    pub series_id: SeriesId,
    pub parent_id: Option<CategoryId>,
    pub slug: String,
    pub name: Bilingual,
}

/// A big class with its small classes, for menus.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct BigClass {
    pub class: Category,
    pub small_classes: Vec<Category>,
}

/// A series with its class tree, for the main menu.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SeriesMenu {
    pub series: Series,
    pub big_classes: Vec<BigClass>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Brand {
    pub id: BrandId,
    pub slug: String,
    pub name: Bilingual,
}

/// Where a product is in its life: only `OnShelf` products are shown to shoppers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProductStatus {
    Draft,
    PendingReview,
    OnShelf,
    OffShelf,
}

impl ProductStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ProductStatus::Draft => "draft",
            ProductStatus::PendingReview => "pending_review",
            ProductStatus::OnShelf => "on_shelf",
            ProductStatus::OffShelf => "off_shelf",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "draft" => ProductStatus::Draft,
            "pending_review" => ProductStatus::PendingReview,
            "on_shelf" => ProductStatus::OnShelf,
            "off_shelf" => ProductStatus::OffShelf,
            _ => return None,
        })
    }
}

/// What a product card in a grid needs.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ProductSummary {
    pub id: ProductId,
    pub slug: String,
    pub name: Bilingual,
    pub subtitle: Bilingual,
    pub brand_slug: String,
    pub brand: Bilingual,
    pub list_price: Money,
    pub sale_price: Money,
    pub sales_count: i64,
    /// Average rating in hundredths of a star; 0 when unrated.
    pub rating_avg: i64,
    pub rating_count: i64,
    /// Whether any variant can be bought now.
    pub in_stock: bool,
    pub image_url: Option<String>,
}

/// A value of an attribute (a colour with its swatch, a size, a material…).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct AttributeValue {
    pub id: AttributeValueId,
    pub code: String,
    pub value: Bilingual,
    pub swatch: String,
}

/// A specification line: attribute name and the product's values for it.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Specification {
    pub attribute: Bilingual,
    pub values: Vec<Bilingual>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ProductImage {
    pub url: String,
    pub alt: Bilingual,
    pub colour_value_id: Option<AttributeValueId>,
}

/// One variant as the storefront sees it (no cost price), with what can be sold now.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SkuOffer {
    pub id: SkuId,
    pub code: String,
    pub colour_value_id: AttributeValueId,
    pub size_value_id: AttributeValueId,
    pub list_price: Money,
    pub sale_price: Money,
    pub weight_grams: i64,
    pub available: i64,
}

/// Everything the product page shows.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ProductDetail {
    pub id: ProductId,
    pub slug: String,
    pub name: Bilingual,
    pub subtitle: Bilingual,
    pub description: Bilingual,
    pub seo_title: Bilingual,
    pub seo_description: Bilingual,
    pub status: ProductStatus,
    pub series: Series,
    pub category: Category,
    pub big_class: Option<Category>,
    pub brand: Brand,
    pub list_price: Money,
    pub sale_price: Money,
    pub sales_count: i64,
    /// Average rating in hundredths of a star; 0 when unrated.
    pub rating_avg: i64,
    pub rating_count: i64,
    pub images: Vec<ProductImage>,
    pub colours: Vec<AttributeValue>,
    pub sizes: Vec<AttributeValue>,
    pub skus: Vec<SkuOffer>,
    pub specifications: Vec<Specification>,
    pub tags: Vec<String>,
}

/// A page of products in a class or series.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ProductPage {
    pub products: Vec<ProductSummary>,
    pub total: i64,
}
