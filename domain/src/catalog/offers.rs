//! What a variant is sold as right now: its product, names, code and price, for carts and
//! checkout. Only active variants of products on the shelf are offered.

use crate::db::Db;
use crate::error::DomainResult;
use crate::ids::{ProductId, SkuId};
use crate::locale::Bilingual;
use crate::money::Money;

/// A variant on sale.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Offer {
    pub sku: SkuId,
    pub product: ProductId,
    pub slug: String,
    pub name: Bilingual,
    pub code: String,
    /// Colour and size, e.g. 白色 / 40.
    pub variant: Bilingual,
    pub price: Money,
    pub image: Option<String>,
}

/// The offers among `skus` (absent, inactive or off-shelf ones are left out), in no order.
pub async fn offers(db: &Db, skus: &[SkuId]) -> DomainResult<Vec<Offer>> {
    if skus.is_empty() {
        return Ok(Vec::new());
    }
    let listed = db.dialect().ids_in_json();
    let ids: Vec<String> = skus.iter().map(|s| s.0.to_string()).collect();
    type Row = (
        i64,
        i64,
        String,
        String,
        String,
        String,
        String,
        String,
        String,
        String,
        i64,
        Option<String>,
    );
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT s.id, p.id, p.slug, p.name_zh, p.name_en, s.code, c.value_zh, c.value_en, \
         z.value_zh, z.value_en, s.sale_price, \
         (SELECT i.url FROM product_images i WHERE i.product_id = p.id ORDER BY i.position, i.id LIMIT 1) \
         FROM skus s JOIN products p ON p.id = s.product_id \
         JOIN attribute_values c ON c.id = s.colour_value_id JOIN attribute_values z ON z.id = s.size_value_id \
         WHERE s.status = 'active' AND p.status = 'on_shelf' AND s.id IN ({listed})"
    ))
    .bind(format!("[{}]", ids.join(",")))
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(
                sku,
                product,
                slug,
                zh,
                en,
                code,
                colour_zh,
                colour_en,
                size_zh,
                size_en,
                price,
                image,
            )| Offer {
                sku: SkuId(sku),
                product: ProductId(product),
                slug,
                name: Bilingual::new(zh, en),
                code,
                variant: Bilingual::new(
                    format!("{colour_zh} / {size_zh}"),
                    format!("{colour_en} / {size_en}"),
                ),
                price: Money(price),
                image,
            },
        )
        .collect())
}
