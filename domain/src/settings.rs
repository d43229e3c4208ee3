//! Shop settings stored as key/value rows (shop name, contact e-mail, currency). Every page
//! shows them, so [`shop`] is remembered briefly (see [`crate::memo`]).

use crate::db::Db;
use crate::error::DomainResult;
use serde::{Deserialize, Serialize};

/// The settings every page needs.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct ShopSettings {
    pub shop_name_zh: String,
    pub shop_name_en: String,
    pub contact_email: String,
    pub currency_symbol: String,
    /// ISO 4217 code of the shop's currency (for structured data).
    pub currency_code: String,
}

impl Default for ShopSettings {
    fn default() -> Self {
        ShopSettings {
            shop_name_zh: "Emporium 商城".into(),
            shop_name_en: "Emporium".into(),
            contact_email: "service@emporium.example".into(),
            currency_symbol: "¥".into(),
            currency_code: "CNY".into(),
        }
    }
}

pub async fn get(db: &Db, key: &str) -> DomainResult<Option<String>> {
    Ok(
        sqlx::query_scalar("SELECT value FROM settings WHERE key = $1")
            .bind(key)
            .fetch_optional(db.pool())
            .await?,
    )
}

pub async fn set(db: &Db, key: &str, value: &str) -> DomainResult<()> {
    sqlx::query("INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = $2")
        .bind(key)
        .bind(value)
        .execute(db.pool())
        .await?;
    db.memo().forget(SHOP_KEY);
    Ok(())
}

const SHOP_KEY: &str = "shop-settings";

/// How long the shop's settings are remembered (a change made here shows at once; one made by
/// another app server within this time).
pub const SHOP_TTL: std::time::Duration = std::time::Duration::from_secs(30);

/// The shop's settings, with defaults for anything not stored yet.
pub async fn shop(db: &Db) -> DomainResult<ShopSettings> {
    let db2 = db.clone();
    db.memo()
        .remember(SHOP_KEY.into(), SHOP_TTL, move || async move {
            read_shop(&db2).await
        })
        .await
}

async fn read_shop(db: &Db) -> DomainResult<ShopSettings> {
    let rows: Vec<(String, String)> = sqlx::query_as("SELECT key, value FROM settings")
        .fetch_all(db.pool())
        .await?;
    let mut s = ShopSettings::default();
    for (key, value) in rows {
        match key.as_str() {
            "shop_name_zh" => s.shop_name_zh = value,
            "shop_name_en" => s.shop_name_en = value,
            "contact_email" => s.contact_email = value,
            "currency_symbol" => s.currency_symbol = value,
            "currency_code" => s.currency_code = value,
            _ => {}
        }
    }
    Ok(s)
}
