//! Catalog data as the browser receives it: one language, prices already formatted.

use serde::{Deserialize, Serialize};

/// A link to a class (big or small).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClassLink {
    pub slug: String,
    pub name: String,
}

/// A big class with its small classes, for menus.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClassMenu {
    pub slug: String,
    pub name: String,
    pub small_classes: Vec<ClassLink>,
}

/// A series with its classes, for the main menu.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SeriesMenu {
    pub slug: String,
    pub name: String,
    pub tagline: String,
    pub classes: Vec<ClassMenu>,
}

/// A product card in a grid.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProductCard {
    pub slug: String,
    pub name: String,
    pub subtitle: String,
    pub brand: String,
    /// The price a shopper pays, formatted (`¥1,299.00`).
    pub price: String,
    /// The list price, only when it is higher than the price.
    pub was_price: Option<String>,
    pub image: Option<String>,
}

/// A banner (carousel or full width).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BannerView {
    pub title: String,
    pub subtitle: String,
    pub image: String,
    pub link: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnnouncementView {
    pub title: String,
    pub body: String,
    /// The date it was published, `YYYY-MM-DD` in the shop's time zone.
    pub date: String,
}

/// A series with its best sellers, for the home page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SeriesShowcase {
    pub slug: String,
    pub name: String,
    pub tagline: String,
    pub products: Vec<ProductCard>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HomeView {
    pub carousel: Vec<BannerView>,
    pub wide_banners: Vec<BannerView>,
    pub announcements: Vec<AnnouncementView>,
    pub showcases: Vec<SeriesShowcase>,
    pub new_arrivals: Vec<ProductCard>,
}

/// One step of a breadcrumb trail.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Crumb {
    pub href: String,
    pub label: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ImageView {
    pub url: String,
    pub alt: String,
    pub colour_id: Option<i64>,
}

/// A colour or size the shopper can pick.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OptionView {
    pub id: i64,
    pub label: String,
    /// A CSS colour for colour swatches; empty for sizes.
    pub swatch: String,
}

/// One variant with its prices and stock at render time.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VariantView {
    pub sku_id: i64,
    pub code: String,
    pub colour_id: i64,
    pub size_id: i64,
    pub price: String,
    pub was_price: Option<String>,
    pub weight_grams: i64,
    pub available: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SpecView {
    pub name: String,
    pub value: String,
}

/// Everything the product page shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProductView {
    pub slug: String,
    pub name: String,
    pub subtitle: String,
    pub description: String,
    pub title: String,
    pub meta_description: String,
    pub brand: String,
    pub series: ClassLink,
    pub class: ClassLink,
    pub crumbs: Vec<Crumb>,
    pub price: String,
    pub was_price: Option<String>,
    pub images: Vec<ImageView>,
    pub colours: Vec<OptionView>,
    pub sizes: Vec<OptionView>,
    pub variants: Vec<VariantView>,
    pub specs: Vec<SpecView>,
    pub tags: Vec<String>,
}

/// Live stock of one variant.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct StockView {
    pub sku_id: i64,
    pub available: i64,
}

/// A page of a class or series listing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ListingView {
    pub name: String,
    pub crumbs: Vec<Crumb>,
    /// Small classes of a big class, or big classes of a series.
    pub children: Vec<ClassLink>,
    pub products: Vec<ProductCard>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
}
