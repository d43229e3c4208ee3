//! Rebuilding the whole search index (the operator's `emporium search reindex`, the seed, and the
//! first start of a catalog that has none), in batches of one transaction each.

use super::index::{bump_generation, documents, placeholders, write, BATCH, ROWS_PER_INSERT};
use crate::db::{Db, Dialect};
use crate::error::{DomainError, DomainResult};
use crate::ids::ProductId;
use std::collections::HashMap;

/// Rebuilds the whole index, in batches of one transaction each; returns how many products
/// were indexed. Searches find nothing until it is done (an operator's command and the seed's).
pub async fn reindex_all(db: &Db) -> DomainResult<usize> {
    // PostgreSQL builds a GIN index over all rows far faster than it grows one row by row, and
    // empties a table at once with TRUNCATE.
    let postgres = db.dialect() == Dialect::Postgres;
    {
        let mut tx = db.begin_write().await?;
        let clear = if postgres {
            [
                "DROP INDEX IF EXISTS search_documents_tsv",
                "TRUNCATE search_documents, search_words",
            ]
            .as_slice()
        } else {
            [
                "DELETE FROM search_fts",
                "DELETE FROM search_documents",
                "DELETE FROM search_words",
            ]
            .as_slice()
        };
        for statement in clear {
            sqlx::query(statement).execute(tx.conn()).await?;
        }
        tx.commit().await?;
    }
    let ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM products ORDER BY id")
        .fetch_all(db.pool())
        .await?;
    let ids: Vec<ProductId> = ids.into_iter().map(ProductId).collect();
    // Documents are read and made by one task while the previous batch is written (the
    // database and the tokenizer work at the same time). The index starts empty, so words are
    // counted here and written once at the end.
    let (made, mut ready) = tokio::sync::mpsc::channel(2);
    let batches: Vec<Vec<ProductId>> = ids.chunks(BATCH * 4).map(<[_]>::to_vec).collect();
    let reader = db.clone();
    let maker = tokio::spawn(async move {
        for batch in batches {
            let docs = match reader.pool().acquire().await {
                Ok(mut conn) => documents(&mut conn, &batch).await,
                Err(e) => Err(e.into()),
            };
            let failed = docs.is_err();
            if made.send(docs).await.is_err() || failed {
                break;
            }
        }
    });
    let mut counts: HashMap<String, i64> = HashMap::new();
    while let Some(docs) = ready.recv().await {
        let docs = docs?;
        for (_, doc) in &docs {
            for w in doc.words() {
                *counts.entry(w).or_default() += 1;
            }
        }
        let mut tx = db.begin_write().await?;
        write(tx.conn(), db.dialect(), &docs).await?;
        bump_generation(tx.conn()).await?;
        tx.commit().await?;
    }
    maker
        .await
        .map_err(|e| DomainError::Internal(format!("search documents: {e}")))?;
    let mut tx = db.begin_write().await?;
    let counts: Vec<(String, i64)> = counts.into_iter().collect();
    for chunk in counts.chunks(ROWS_PER_INSERT * 5) {
        let sql = format!(
            "INSERT INTO search_words (word, documents) VALUES {}",
            placeholders(chunk.len(), 2, |_, n| format!("${n}"))
        );
        let mut query = sqlx::query(&sql);
        for (word, n) in chunk {
            query = query.bind(word).bind(n);
        }
        query.execute(tx.conn()).await?;
    }
    tx.commit().await?;
    if postgres {
        // More sorting memory than the server's default makes the GIN build ~20 % faster.
        let mut tx = db.begin_write().await?;
        for statement in [
            "SET LOCAL maintenance_work_mem = '256MB'",
            "CREATE INDEX search_documents_tsv ON search_documents USING GIN (tsv)",
            "ANALYZE search_documents",
        ] {
            sqlx::query(statement).execute(tx.conn()).await?;
        }
        tx.commit().await?;
    }
    db.memo().clear();
    Ok(ids.len())
}

/// Indexes the whole catalog when the index is missing products (first start after an upgrade,
/// or a catalog written before search existed); returns how many were indexed.
pub async fn ensure_indexed(db: &Db) -> DomainResult<usize> {
    let products: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM products")
        .fetch_one(db.pool())
        .await?;
    let indexed: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM search_documents")
        .fetch_one(db.pool())
        .await?;
    if indexed == products {
        return Ok(0);
    }
    reindex_all(db).await
}
