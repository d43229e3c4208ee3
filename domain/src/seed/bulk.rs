//! Fast catalog writes: products with their SKUs, images, tags and attribute values inserted
//! with multi-row `INSERT` statements (explicit ids), plus the PostgreSQL sequence catch-up.

use crate::db::Dialect;
use crate::error::DomainResult;
use sqlx::AnyConnection;

/// Binds per statement; well under SQLite's 32,766 and PostgreSQL's 65,535.
const MAX_BINDS: usize = 10_000;
/// Rows per statement.
const MAX_ROWS: usize = 500;

/// A bound value.
enum Val {
    Int(i64),
    Null,
    Text(String),
}

/// Rows waiting for one table, flattened.
struct Table {
    name: &'static str,
    columns: &'static [&'static str],
    values: Vec<Val>,
}

impl Table {
    fn new(name: &'static str, columns: &'static [&'static str]) -> Table {
        Table {
            name,
            columns,
            values: Vec::new(),
        }
    }

    fn int(&mut self, v: i64) -> &mut Table {
        self.values.push(Val::Int(v));
        self
    }

    fn opt(&mut self, v: Option<i64>) -> &mut Table {
        self.values.push(v.map_or(Val::Null, Val::Int));
        self
    }

    fn text(&mut self, v: impl Into<String>) -> &mut Table {
        self.values.push(Val::Text(v.into()));
        self
    }

    /// `INSERT … VALUES (…), (…)` for `rows` rows. SQLite gets anonymous `?` placeholders:
    /// sqlx resolves each `$n` through `sqlite3_bind_parameter_name`, a linear scan, which makes
    /// binding a statement with thousands of `$n` parameters quadratic.
    fn values_sql(&self, rows: usize, dialect: Dialect) -> String {
        let width = self.columns.len();
        let mut sql = format!(
            "INSERT INTO {} ({}) VALUES ",
            self.name,
            self.columns.join(", ")
        );
        for row in 0..rows {
            sql.push_str(if row == 0 { "(" } else { ", (" });
            for col in 0..width {
                if col > 0 {
                    sql.push_str(", ");
                }
                match dialect {
                    Dialect::Sqlite => sql.push('?'),
                    Dialect::Postgres => {
                        sql.push('$');
                        sql.push_str(&(row * width + col + 1).to_string());
                    }
                }
            }
            sql.push(')');
        }
        sql
    }

    async fn insert(&self, conn: &mut AnyConnection, dialect: Dialect) -> DomainResult<()> {
        let width = self.columns.len();
        let rows_per_statement = (MAX_BINDS / width).clamp(1, MAX_ROWS);
        let mut full_sql: Option<String> = None;
        for chunk in self.values.chunks(width * rows_per_statement) {
            let rows = chunk.len() / width;
            let sql = if rows == rows_per_statement {
                full_sql
                    .get_or_insert_with(|| self.values_sql(rows, dialect))
                    .clone()
            } else {
                self.values_sql(rows, dialect)
            };
            let mut query = sqlx::query(&sql);
            for v in chunk {
                query = match v {
                    Val::Int(i) => query.bind(*i),
                    Val::Null => query.bind(None::<i64>),
                    Val::Text(s) => query.bind(s.as_str()),
                };
            }
            query.execute(&mut *conn).await?;
        }
        Ok(())
    }
}

/// A product to insert, with everything that hangs off it.
pub(super) struct NewProduct {
    pub(super) id: i64,
    pub(super) slug: String,
    pub(super) series_id: i64,
    pub(super) category_id: i64,
    pub(super) brand_id: i64,
    pub(super) name: (String, String),
    pub(super) subtitle: (String, String),
    pub(super) description: (String, String),
    pub(super) seo_title: (String, String),
    pub(super) seo_description: (String, String),
    pub(super) sales_count: i64,
    /// Units sold per shop day recently: (day, units > 0).
    pub(super) daily_sales: Vec<(i64, i64)>,
    /// (sum of stars, number of ratings).
    pub(super) rating: (i64, i64),
    pub(super) featured_rank: i64,
    /// Ids of products often bought with this one.
    pub(super) bought_together: Vec<i64>,
    pub(super) created_at: i64,
    /// Style and material values.
    pub(super) attribute_values: Vec<i64>,
    pub(super) tags: Vec<&'static str>,
    pub(super) images: Vec<NewImage>,
    pub(super) skus: Vec<NewSku>,
}

pub(super) struct NewImage {
    pub(super) url: String,
    pub(super) alt: (String, String),
    pub(super) colour_value_id: Option<i64>,
}

pub(super) struct NewSku {
    pub(super) id: i64,
    pub(super) code: String,
    pub(super) colour_value_id: i64,
    pub(super) size_value_id: i64,
    pub(super) list_price: i64,
    pub(super) sale_price: i64,
    pub(super) cost_price: i64,
    pub(super) weight_grams: i64,
    /// Opening stock per warehouse: (warehouse id, quantity > 0).
    pub(super) stock: Vec<(i64, i64)>,
}

impl NewProduct {
    /// Headline prices: the lowest list and sale price over the SKUs.
    fn headline_prices(&self) -> (i64, i64) {
        let list = self.skus.iter().map(|s| s.list_price).min().unwrap_or(0);
        let sale = self.skus.iter().map(|s| s.sale_price).min().unwrap_or(0);
        (list, sale)
    }
}

/// Whether stock is written in bulk here (generated catalogs) or left to `inventory::move_stock`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Stock {
    Bulk { now: i64 },
    Skip,
}

/// Inserts the products and their rows in foreign-key order.
pub(super) async fn write(
    conn: &mut AnyConnection,
    dialect: Dialect,
    products: &[NewProduct],
    stock: Stock,
) -> DomainResult<()> {
    let mut p = Table::new(
        "products",
        &[
            "id",
            "slug",
            "series_id",
            "category_id",
            "brand_id",
            "name_zh",
            "name_en",
            "subtitle_zh",
            "subtitle_en",
            "description_zh",
            "description_en",
            "seo_title_zh",
            "seo_title_en",
            "seo_description_zh",
            "seo_description_en",
            "status",
            "list_price",
            "sale_price",
            "sales_count",
            "rating_sum",
            "rating_count",
            "rating_avg",
            "featured_rank",
            "created_at",
            "updated_at",
        ],
    );
    let mut daily = Table::new("product_sales_daily", &["product_id", "day", "quantity"]);
    let mut relations = Table::new(
        "product_relations",
        &["product_id", "kind", "related_id", "position"],
    );
    let mut values = Table::new(
        "product_attribute_values",
        &["product_id", "attribute_value_id"],
    );
    let mut tags = Table::new("product_tags", &["product_id", "tag"]);
    let mut images = Table::new(
        "product_images",
        &[
            "product_id",
            "url",
            "alt_zh",
            "alt_en",
            "colour_value_id",
            "position",
        ],
    );
    let mut skus = Table::new(
        "skus",
        &[
            "id",
            "product_id",
            "code",
            "colour_value_id",
            "size_value_id",
            "list_price",
            "sale_price",
            "cost_price",
            "weight_grams",
            "status",
            "position",
        ],
    );
    let mut levels = Table::new(
        "stock_levels",
        &["sku_id", "warehouse_id", "on_hand", "reserved"],
    );
    let mut moves = Table::new(
        "stock_movements",
        &[
            "sku_id",
            "warehouse_id",
            "quantity",
            "reason",
            "reference",
            "created_at",
        ],
    );
    for product in products {
        let (list, sale) = product.headline_prices();
        p.int(product.id)
            .text(product.slug.as_str())
            .int(product.series_id)
            .int(product.category_id);
        p.int(product.brand_id)
            .text(product.name.0.as_str())
            .text(product.name.1.as_str());
        p.text(product.subtitle.0.as_str())
            .text(product.subtitle.1.as_str());
        p.text(product.description.0.as_str())
            .text(product.description.1.as_str());
        p.text(product.seo_title.0.as_str())
            .text(product.seo_title.1.as_str());
        p.text(product.seo_description.0.as_str())
            .text(product.seo_description.1.as_str());
        p.text("on_shelf")
            .int(list)
            .int(sale)
            .int(product.sales_count);
        let (stars, ratings) = product.rating;
        let average = if ratings > 0 {
            (stars * 100 + ratings / 2) / ratings
        } else {
            0
        };
        p.int(stars)
            .int(ratings)
            .int(average)
            .int(product.featured_rank);
        p.int(product.created_at).int(product.created_at);
        for v in offered_values(product) {
            values.int(product.id).int(v);
        }
        for &(day, quantity) in &product.daily_sales {
            daily.int(product.id).int(day).int(quantity);
        }
        for (position, other) in product.bought_together.iter().enumerate() {
            relations
                .int(product.id)
                .text("bought_together")
                .int(*other)
                .int(position as i64);
        }
        for tag in &product.tags {
            tags.int(product.id).text(*tag);
        }
        for (position, image) in product.images.iter().enumerate() {
            images
                .int(product.id)
                .text(image.url.as_str())
                .text(image.alt.0.as_str())
                .text(image.alt.1.as_str());
            images.opt(image.colour_value_id).int(position as i64);
        }
        for (position, sku) in product.skus.iter().enumerate() {
            skus.int(sku.id)
                .int(product.id)
                .text(sku.code.as_str())
                .int(sku.colour_value_id)
                .int(sku.size_value_id);
            skus.int(sku.list_price)
                .int(sku.sale_price)
                .int(sku.cost_price)
                .int(sku.weight_grams);
            skus.text("active").int(position as i64);
            if let Stock::Bulk { now } = stock {
                for (warehouse, quantity) in &sku.stock {
                    levels.int(sku.id).int(*warehouse).int(*quantity).int(0);
                    moves
                        .int(sku.id)
                        .int(*warehouse)
                        .int(*quantity)
                        .text("opening_count")
                        .text("seed")
                        .int(now);
                }
            }
        }
    }
    for table in [
        &p, &values, &tags, &images, &skus, &levels, &moves, &daily, &relations,
    ] {
        table.insert(&mut *conn, dialect).await?;
    }
    Ok(())
}

/// The product's own values (style, material) and the colours and sizes its SKUs offer, once each.
fn offered_values(product: &NewProduct) -> Vec<i64> {
    let mut values = product.attribute_values.clone();
    for sku in &product.skus {
        values.push(sku.colour_value_id);
        values.push(sku.size_value_id);
    }
    let mut seen = std::collections::HashSet::new();
    values.retain(|v| seen.insert(*v));
    values
}

/// The next free id of a table (explicit ids let one statement insert many related rows).
pub(super) async fn next_id(conn: &mut AnyConnection, table: &str) -> DomainResult<i64> {
    let max: i64 = sqlx::query_scalar(&format!(
        "SELECT CAST(COALESCE(MAX(id), 0) AS BIGINT) FROM {table}"
    ))
    .fetch_one(&mut *conn)
    .await?;
    Ok(max + 1)
}

/// On PostgreSQL, moves identity sequences past the explicit ids we inserted.
pub(super) async fn catch_up_sequences(
    conn: &mut AnyConnection,
    dialect: Dialect,
) -> DomainResult<()> {
    if dialect != Dialect::Postgres {
        return Ok(());
    }
    for table in ["products", "skus", "product_images", "stock_movements"] {
        sqlx::query(&format!(
            "SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table})) \
             WHERE EXISTS (SELECT 1 FROM {table})"
        ))
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}
