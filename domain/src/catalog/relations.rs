//! Products shown beside a product: related ones (the shop's picks, then best sellers of the
//! same class) and ones often bought together with it.

use super::model::ProductSummary;
use super::summaries::summaries_by_ids;
use crate::db::Db;
use crate::error::DomainResult;
use crate::ids::{CategoryId, ProductId};

/// Which list a relation belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relation {
    Related,
    BoughtTogether,
}

impl Relation {
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Related => "related",
            Relation::BoughtTogether => "bought_together",
        }
    }
}

async fn listed(
    db: &Db,
    product: ProductId,
    relation: Relation,
    limit: i64,
) -> DomainResult<Vec<ProductSummary>> {
    let ids: Vec<i64> = sqlx::query_scalar(
        "SELECT related_id FROM product_relations WHERE product_id = $1 AND kind = $2 \
         ORDER BY position, related_id LIMIT $3",
    )
    .bind(product.0)
    .bind(relation.as_str())
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    let ids: Vec<ProductId> = ids.into_iter().map(ProductId).collect();
    summaries_by_ids(db, &ids).await
}

/// Up to `limit` related products: the listed ones, then the best sellers of the same class.
pub async fn related(
    db: &Db,
    product: ProductId,
    class: CategoryId,
    limit: i64,
) -> DomainResult<Vec<ProductSummary>> {
    let mut found = listed(db, product, Relation::Related, limit).await?;
    let missing = limit - found.len() as i64;
    if missing > 0 {
        // Ids first through the class's sales index, then the cards of just those.
        let ids: Vec<i64> = sqlx::query_scalar(
            "SELECT id FROM products WHERE status = 'on_shelf' AND category_id = $1 \
             ORDER BY sales_count DESC, id DESC LIMIT $2",
        )
        .bind(class.0)
        .bind(limit.clamp(0, 100) + 1)
        .fetch_all(db.pool())
        .await?;
        let ids: Vec<ProductId> = ids.into_iter().map(ProductId).collect();
        for p in summaries_by_ids(db, &ids).await? {
            if found.len() as i64 >= limit {
                break;
            }
            if p.id != product && !found.iter().any(|f| f.id == p.id) {
                found.push(p);
            }
        }
    }
    Ok(found)
}

/// Products often bought together with this one (only what the shop has listed; never invented).
pub async fn bought_together(
    db: &Db,
    product: ProductId,
    limit: i64,
) -> DomainResult<Vec<ProductSummary>> {
    listed(db, product, Relation::BoughtTogether, limit).await
}

/// Replaces a product's list of one kind (used by the seed now, by product editing later).
pub async fn set_relations(
    conn: &mut sqlx::AnyConnection,
    product: ProductId,
    relation: Relation,
    related: &[ProductId],
) -> DomainResult<()> {
    sqlx::query("DELETE FROM product_relations WHERE product_id = $1 AND kind = $2")
        .bind(product.0)
        .bind(relation.as_str())
        .execute(&mut *conn)
        .await?;
    for (position, other) in related.iter().filter(|o| **o != product).enumerate() {
        sqlx::query(
            "INSERT INTO product_relations (product_id, kind, related_id, position) \
             VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
        )
        .bind(product.0)
        .bind(relation.as_str())
        .bind(other.0)
        .bind(position as i64)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}
