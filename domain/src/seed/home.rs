//! The demo shop's home page: its sections in order, with hand-picked hot products and daily
//! specials chosen from what the shop sells best and what is on offer.

use crate::error::DomainResult;
use sqlx::AnyConnection;

/// (kind, title zh, title en, big class slug for class blocks, item limit)
const SECTIONS: &[(&str, &str, &str, &str, i64)] = &[
    ("hot_products", "热卖商品", "Hot products", "", 8),
    ("daily_specials", "每日特价", "Daily specials", "", 4),
    (
        "sales_ranking",
        "本周销量排行",
        "This week's best sellers",
        "",
        10,
    ),
    (
        "class_featured",
        "定制衬衫推荐",
        "Tailored shirts we recommend",
        "tailored-shirts",
        4,
    ),
    ("brand_showcase", "品牌橱窗", "Brand showcase", "", 8),
    (
        "class_featured",
        "成衣上装推荐",
        "Ready-to-wear tops we recommend",
        "rtw-tops",
        4,
    ),
    ("activities", "最新活动", "Latest activities", "", 3),
    ("announcements", "商城公告", "Announcements", "", 5),
    ("reviews", "顾客评价", "What customers say", "", 6),
    (
        "newsletter",
        "订阅新品资讯",
        "Hear about new arrivals",
        "",
        1,
    ),
];

/// Inserts the sections and their curated products (run after the products exist).
pub(super) async fn insert(conn: &mut AnyConnection, now: i64) -> DomainResult<()> {
    for (position, (kind, zh, en, class, limit)) in SECTIONS.iter().enumerate() {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO home_sections (kind, title_zh, title_en, category_id, item_limit, position, starts_at, active) \
             VALUES ($1, $2, $3, (SELECT id FROM categories WHERE slug = $4), $5, $6, $7, 1) RETURNING id",
        )
        .bind(*kind)
        .bind(*zh)
        .bind(*en)
        .bind(*class)
        .bind(*limit)
        .bind(position as i64)
        .bind(now - 86_400)
        .fetch_one(&mut *conn)
        .await?;
        let picks = match *kind {
            // The best sellers that are not already in the weekly ranking's top spots.
            "hot_products" => {
                "SELECT id FROM products WHERE status = 'on_shelf' ORDER BY sales_count DESC, id LIMIT 8 OFFSET 3"
            }
            // Products on offer, spread over the catalog.
            "daily_specials" => {
                "SELECT id FROM products WHERE status = 'on_shelf' AND sale_price < list_price \
                 ORDER BY (id * 37) % 101, id LIMIT 4"
            }
            _ => continue,
        };
        let products: Vec<i64> = sqlx::query_scalar(picks).fetch_all(&mut *conn).await?;
        for (place, product) in products.iter().enumerate() {
            sqlx::query(
                "INSERT INTO home_section_products (section_id, product_id, position) VALUES ($1, $2, $3)",
            )
            .bind(id)
            .bind(*product)
            .bind(place as i64)
            .execute(&mut *conn)
            .await?;
        }
    }
    Ok(())
}
