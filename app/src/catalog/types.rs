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
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub subtitle: String,
    pub brand: String,
    /// The price a shopper pays, formatted (`¥1,299.00`).
    pub price: String,
    /// The list price, only when it is higher than the price.
    pub was_price: Option<String>,
    pub image: Option<String>,
    /// Average stars with one decimal (`4.6`), when rated.
    pub rating: Option<String>,
    pub rating_count: i64,
    pub sales: i64,
    pub in_stock: bool,
}

/// A card with the units it sold this week, for rankings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RankedCard {
    pub card: ProductCard,
    pub units: i64,
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

/// A brand with its picture and count, for the brand showcase and the directory.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BrandTile {
    pub slug: String,
    pub name: String,
    pub story: String,
    pub products: i64,
    pub image: Option<String>,
}

/// One block of the home page, as staff arranged it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum HomeBlock {
    /// Hot products, daily specials, a big class's recommendations.
    Products {
        kind: String,
        title: String,
        products: Vec<ProductCard>,
        more: Option<String>,
    },
    Ranking {
        title: String,
        items: Vec<RankedCard>,
    },
    Brands {
        title: String,
        brands: Vec<BrandTile>,
    },
    Activities {
        title: String,
        banners: Vec<BannerView>,
    },
    Announcements {
        title: String,
        items: Vec<AnnouncementView>,
    },
    /// Customer reviews (an empty state until the shop has reviews).
    Reviews {
        title: String,
    },
    Newsletter {
        title: String,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HomeView {
    pub carousel: Vec<BannerView>,
    pub wide_banners: Vec<BannerView>,
    pub blocks: Vec<HomeBlock>,
    pub brands: Vec<ClassLink>,
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
    pub id: i64,
    pub slug: String,
    /// The page's absolute address (canonical link, sharing, structured data).
    pub url: String,
    /// The shop's absolute address, for absolute image links.
    pub origin: String,
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
    pub tags: Vec<(String, String)>,
    /// Average stars with one decimal, when rated.
    pub rating: Option<String>,
    pub rating_count: i64,
    pub sales: i64,
    /// The lowest price as a plain number (`1299.00`) and the currency code, for structured data.
    pub offer_price: String,
    pub currency_code: String,
    pub related: Vec<ProductCard>,
    pub bought_together: Vec<ProductCard>,
}

/// One product's column in the comparison table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CompareColumn {
    pub card: ProductCard,
    /// One value per row of [`CompareView::rows`] (empty when the product has none).
    pub values: Vec<String>,
    /// Pieces that can be sold now over all variants.
    pub stock: i64,
}

/// The comparison table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CompareView {
    /// Attribute names, one per row.
    pub rows: Vec<String>,
    pub columns: Vec<CompareColumn>,
}

/// Live stock of one variant.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct StockView {
    pub sku_id: i64,
    pub available: i64,
}

/// What a listing lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ListingKind {
    Class,
    Series,
    Brand,
    Tag,
    Search,
}

impl ListingKind {
    /// The path of the listing `slug` of this kind.
    pub fn path(self, slug: &str) -> String {
        let slug = crate::ui::encode_component(slug);
        match self {
            ListingKind::Class => format!("/class/{slug}"),
            ListingKind::Series => format!("/series/{slug}"),
            ListingKind::Brand => format!("/brand/{slug}"),
            ListingKind::Tag => format!("/tag/{slug}"),
            ListingKind::Search => format!("/search?q={slug}"),
        }
    }
}

/// One choice in a filter group, with how many products choosing it would list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FacetOption {
    pub code: String,
    pub label: String,
    pub count: i64,
    pub selected: bool,
    /// A CSS colour for colour options; empty otherwise.
    pub swatch: String,
}

/// A filter group: brands, or one attribute's values.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FacetGroup {
    /// `brand` or the attribute code (the URL parameter).
    pub code: String,
    pub name: String,
    pub options: Vec<FacetOption>,
}

/// A price band offered as a filter (bounds in yuan, as they go in the URL).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PriceOption {
    pub min: String,
    pub max: Option<String>,
    pub label: String,
    pub count: i64,
    pub selected: bool,
}

/// The filter panel of a listing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FilterPanel {
    pub groups: Vec<FacetGroup>,
    pub prices: Vec<PriceOption>,
}

/// A page of a listing with its filters, rankings and what the shopper asked for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ListingView {
    pub kind: ListingKind,
    pub slug: String,
    pub name: String,
    /// A line under the heading (a series' tagline, a brand's story).
    pub intro: String,
    pub crumbs: Vec<Crumb>,
    /// Small classes of a big class, or big classes of a series.
    pub children: Vec<ClassLink>,
    pub products: Vec<ProductCard>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
    /// The page size, sort and view in effect (from the URL, else remembered, else defaults).
    pub per: i64,
    pub sort: String,
    pub view: String,
    pub filters: Option<FilterPanel>,
    pub weekly_top: Vec<RankedCard>,
    /// What was asked but could not be used ("unknown sort, showing recommended").
    pub notices: Vec<String>,
    /// Best sellers to suggest when nothing matches.
    pub suggestions: Vec<ProductCard>,
    /// What a search page adds: the correction to offer, the words to mark, hot searches.
    pub search: Option<SearchNotes>,
}

/// A search page's extras.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchNotes {
    /// "Did you mean …" — the query with misspellings corrected.
    pub corrected: Option<String>,
    /// Words and Chinese runs of the query, marked in product names.
    pub highlights: Vec<String>,
    /// Hot searches, offered when nothing matched.
    pub hot: Vec<String>,
}

/// A group of a big class's page: a small class with its recommended products.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClassGroup {
    pub class: ClassLink,
    pub total: i64,
    pub products: Vec<ProductCard>,
}

/// A big class's showcase page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BigClassView {
    pub slug: String,
    pub name: String,
    pub crumbs: Vec<Crumb>,
    pub total: i64,
    pub groups: Vec<ClassGroup>,
    pub banners: Vec<BannerView>,
    pub weekly_top: Vec<RankedCard>,
}

/// What `/class/:slug` shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ClassPageView {
    Big(BigClassView),
    Listing(Box<ListingView>),
}

/// The site directory's brands and tags (the class tree comes with the layout).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DirectoryView {
    pub brands: Vec<BrandTile>,
    /// (code, label, products)
    pub tags: Vec<(String, String, i64)>,
}
