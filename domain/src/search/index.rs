//! Keeping the search index in step with the catalog: a product's document (name, brand, classes,
//! attributes, the rest) in both languages, written in the same transaction as the change that
//! called for it ([`index_products`]); the whole catalog at once is [`super::reindex`].

use super::text::index_tokens;
use crate::db::Dialect;
use crate::error::DomainResult;
use crate::ids::ProductId;
use sqlx::AnyConnection;
use std::collections::{BTreeSet, HashMap};

/// Products read and written per batch.
pub(super) const BATCH: usize = 500;

/// A product's text, per field, as tokens.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Document {
    pub name: String,
    pub brand: String,
    pub classes: String,
    pub attributes: String,
    pub body: String,
}

impl Document {
    /// The distinct Latin words of the document (for spelling corrections).
    pub(super) fn words(&self) -> BTreeSet<String> {
        [
            &self.name,
            &self.brand,
            &self.classes,
            &self.attributes,
            &self.body,
        ]
        .iter()
        .flat_map(|f| f.split(' '))
        .filter(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_alphanumeric()))
        .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
        .map(str::to_string)
        .collect()
    }

    /// The PostgreSQL tsvector literal: each token with its position and its field's weight.
    fn tsvector(&self) -> String {
        let mut out = String::new();
        let mut position = 0u32;
        for (field, weight) in [
            (&self.name, 'A'),
            (&self.brand, 'B'),
            (&self.classes, 'B'),
            (&self.attributes, 'C'),
            (&self.body, 'D'),
        ] {
            for token in field.split(' ').filter(|t| !t.is_empty()) {
                position = (position + 1).min(16_383);
                out.push_str(&format!("'{token}':{position}{weight} "));
            }
        }
        out
    }
}

#[derive(sqlx::FromRow)]
struct SourceRow {
    id: i64,
    name_zh: String,
    name_en: String,
    subtitle_zh: String,
    subtitle_en: String,
    description_zh: String,
    description_en: String,
    brand_zh: String,
    brand_en: String,
    brand_slug: String,
    series_zh: String,
    series_en: String,
    class_zh: String,
    class_en: String,
    big_zh: Option<String>,
    big_en: Option<String>,
}

/// The documents of `ids` (products that do not exist are left out).
pub async fn documents(
    conn: &mut AnyConnection,
    ids: &[ProductId],
) -> DomainResult<Vec<(ProductId, Document)>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let list = ids
        .iter()
        .map(|i| i.0.to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let rows: Vec<SourceRow> = sqlx::query_as(&format!(
        "SELECT p.id, p.name_zh, p.name_en, p.subtitle_zh, p.subtitle_en, p.description_zh, \
         p.description_en, b.name_zh AS brand_zh, b.name_en AS brand_en, b.slug AS brand_slug, \
         s.name_zh AS series_zh, s.name_en AS series_en, c.name_zh AS class_zh, \
         c.name_en AS class_en, big.name_zh AS big_zh, big.name_en AS big_en \
         FROM products p JOIN brands b ON b.id = p.brand_id JOIN series s ON s.id = p.series_id \
         JOIN categories c ON c.id = p.category_id LEFT JOIN categories big ON big.id = c.parent_id \
         WHERE p.id IN ({list}) ORDER BY p.id"
    ))
    .fetch_all(&mut *conn)
    .await?;
    let attributes: Vec<(i64, String, String)> = sqlx::query_as(&format!(
        "SELECT pv.product_id, v.value_zh, v.value_en FROM product_attribute_values pv \
         JOIN attribute_values v ON v.id = pv.attribute_value_id WHERE pv.product_id IN ({list}) \
         ORDER BY pv.product_id, v.id"
    ))
    .fetch_all(&mut *conn)
    .await?;
    let tags: Vec<(i64, String)> = sqlx::query_as(&format!(
        "SELECT product_id, tag FROM product_tags WHERE product_id IN ({list}) ORDER BY product_id, tag"
    ))
    .fetch_all(&mut *conn)
    .await?;
    let mut attribute_text: HashMap<i64, String> = HashMap::new();
    for (id, zh, en) in attributes {
        let text = attribute_text.entry(id).or_default();
        text.push_str(&format!(" {zh} {en}"));
    }
    let mut tag_text: HashMap<i64, String> = HashMap::new();
    for (id, tag) in tags {
        tag_text.entry(id).or_default().push_str(&format!(" {tag}"));
    }
    Ok(rows
        .into_iter()
        .map(|r| {
            let classes = format!(
                "{} {} {} {} {} {}",
                r.series_zh,
                r.series_en,
                r.big_zh.unwrap_or_default(),
                r.big_en.unwrap_or_default(),
                r.class_zh,
                r.class_en
            );
            let body = format!(
                "{} {} {} {} {}",
                r.subtitle_zh,
                r.subtitle_en,
                tag_text.get(&r.id).map(String::as_str).unwrap_or(""),
                r.description_zh,
                r.description_en
            );
            let document = Document {
                name: index_tokens(&format!("{} {}", r.name_zh, r.name_en)),
                brand: index_tokens(&format!("{} {} {}", r.brand_zh, r.brand_en, r.brand_slug)),
                classes: index_tokens(&classes),
                attributes: index_tokens(
                    attribute_text.get(&r.id).map(String::as_str).unwrap_or(""),
                ),
                body: index_tokens(&body),
            };
            (ProductId(r.id), document)
        })
        .collect())
}

/// Re-indexes `ids` on `conn`, inside the caller's [`crate::db::WriteTx`] (whose commit tells
/// this server's searches at once): call it on every product edit (name, brand, class,
/// attributes, tags, description, and also status and price, which remembered listing counts
/// and cards show), so search is never stale (a deleted product's id takes it out of the
/// index).
pub async fn index_products(
    conn: &mut AnyConnection,
    dialect: Dialect,
    ids: &[ProductId],
) -> DomainResult<()> {
    bump_generation(conn).await?;
    for batch in ids.chunks(BATCH) {
        let docs = documents(conn, batch).await?;
        let list = batch
            .iter()
            .map(|i| i.0.to_string())
            .collect::<Vec<_>>()
            .join(", ");
        // Forget the old words, then count the new ones.
        let old: Vec<(String,)> = sqlx::query_as(&format!(
            "SELECT words FROM search_documents WHERE product_id IN ({list})"
        ))
        .fetch_all(&mut *conn)
        .await?;
        let mut counts: HashMap<String, i64> = HashMap::new();
        for (words,) in old {
            for w in words.split(' ').filter(|w| !w.is_empty()) {
                *counts.entry(w.to_string()).or_default() -= 1;
            }
        }
        for (_, doc) in &docs {
            for w in doc.words() {
                *counts.entry(w).or_default() += 1;
            }
        }
        remove(conn, dialect, &list).await?;
        write(conn, dialect, &docs).await?;
        add_word_counts(conn, counts.into_iter().filter(|(_, n)| *n != 0)).await?;
    }
    Ok(())
}

/// Marks every remembered search result as outdated (see `search_generation`).
pub(super) async fn bump_generation(conn: &mut AnyConnection) -> DomainResult<()> {
    sqlx::query("UPDATE search_generation SET value = value + 1 WHERE id = 1")
        .execute(&mut *conn)
        .await?;
    Ok(())
}

async fn remove(conn: &mut AnyConnection, dialect: Dialect, list: &str) -> DomainResult<()> {
    if dialect == Dialect::Sqlite {
        sqlx::query(&format!("DELETE FROM search_fts WHERE rowid IN ({list})"))
            .execute(&mut *conn)
            .await?;
    }
    sqlx::query(&format!(
        "DELETE FROM search_documents WHERE product_id IN ({list})"
    ))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Rows written per statement.
pub(super) const ROWS_PER_INSERT: usize = 100;

pub(super) async fn write(
    conn: &mut AnyConnection,
    dialect: Dialect,
    docs: &[(ProductId, Document)],
) -> DomainResult<()> {
    for chunk in docs.chunks(ROWS_PER_INSERT) {
        let words: Vec<String> = chunk
            .iter()
            .map(|(_, d)| d.words().into_iter().collect::<Vec<_>>().join(" "))
            .collect();
        match dialect {
            Dialect::Sqlite => {
                let sql = format!(
                    "INSERT INTO search_fts (rowid, name, brand, classes, attributes, body) VALUES {}",
                    placeholders(chunk.len(), 6, |_, n| format!("${n}"))
                );
                let mut query = sqlx::query(&sql);
                for (id, d) in chunk {
                    query = query
                        .bind(id.0)
                        .bind(&d.name)
                        .bind(&d.brand)
                        .bind(&d.classes)
                        .bind(&d.attributes)
                        .bind(&d.body);
                }
                query.execute(&mut *conn).await?;
                let sql = format!(
                    "INSERT INTO search_documents (product_id, words) VALUES {}",
                    placeholders(chunk.len(), 2, |_, n| format!("${n}"))
                );
                let mut query = sqlx::query(&sql);
                for ((id, _), w) in chunk.iter().zip(&words) {
                    query = query.bind(id.0).bind(w);
                }
                query.execute(&mut *conn).await?;
            }
            Dialect::Postgres => {
                let sql = format!(
                    "INSERT INTO search_documents (product_id, tsv, words) VALUES {}",
                    placeholders(chunk.len(), 3, |column, n| match column {
                        1 => format!("CAST(${n} AS tsvector)"),
                        _ => format!("${n}"),
                    })
                );
                let mut query = sqlx::query(&sql);
                for ((id, d), w) in chunk.iter().zip(&words) {
                    query = query.bind(id.0).bind(d.tsvector()).bind(w);
                }
                query.execute(&mut *conn).await?;
            }
        }
    }
    Ok(())
}

/// `($1, $2), ($3, $4)` for `rows` rows of `columns` values; `value(column, n)` writes one.
pub(super) fn placeholders(
    rows: usize,
    columns: usize,
    value: impl Fn(usize, usize) -> String,
) -> String {
    (0..rows)
        .map(|r| {
            let values: Vec<String> = (0..columns)
                .map(|c| value(c, r * columns + c + 1))
                .collect();
            format!("({})", values.join(", "))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

async fn add_word_counts(
    conn: &mut AnyConnection,
    counts: impl Iterator<Item = (String, i64)>,
) -> DomainResult<()> {
    for (word, n) in counts {
        sqlx::query(
            "INSERT INTO search_words (word, documents) VALUES ($1, $2) \
             ON CONFLICT (word) DO UPDATE SET documents = search_words.documents + $2",
        )
        .bind(word)
        .bind(n)
        .execute(&mut *conn)
        .await?;
    }
    sqlx::query("DELETE FROM search_words WHERE documents <= 0")
        .execute(&mut *conn)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tsvector_literal_weights_each_field() {
        let doc = Document {
            name: "shirt shirts 衬衫".into(),
            brand: "lanting".into(),
            classes: String::new(),
            attributes: "linen".into(),
            body: "soft".into(),
        };
        assert_eq!(
            doc.tsvector(),
            "'shirt':1A 'shirts':2A '衬衫':3A 'lanting':4B 'linen':5C 'soft':6D "
        );
        assert_eq!(
            doc.words().into_iter().collect::<Vec<_>>(),
            vec!["lanting", "linen", "shirt", "shirts", "soft"]
        );
    }
}
