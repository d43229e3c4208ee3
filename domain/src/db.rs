//! The database handle: one binary for SQLite and PostgreSQL, chosen at run time by URL.
//!
//! All SQL is written once with `$n` placeholders and portable types (integers, text, floats).
//! The few dialect differences live here: connection pragmas, migrations and how a write
//! transaction begins (`BEGIN IMMEDIATE` on SQLite, so two writers never deadlock on upgrade).

use crate::error::{DomainError, DomainResult};
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::pool::PoolConnection;
use sqlx::{Any, AnyConnection, AnyPool, Executor};
use std::str::FromStr;
use std::time::Duration;

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

/// Which SQL dialect the pool speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

impl Dialect {
    /// A sub-select of the integer ids in `$1`, bound as one JSON array (`[1,2,3]`): for
    /// `… IN (…)` lists that share one prepared statement however many ids they hold.
    pub fn ids_in_json(self) -> &'static str {
        match self {
            Dialect::Sqlite => "SELECT value FROM json_each($1)",
            Dialect::Postgres => {
                "SELECT CAST(value AS BIGINT) FROM json_array_elements_text(CAST($1 AS json))"
            }
        }
    }

    /// Reads the dialect from a `DATABASE_URL`.
    pub fn from_url(url: &str) -> DomainResult<Dialect> {
        if url.starts_with("sqlite:") {
            Ok(Dialect::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Dialect::Postgres)
        } else {
            Err(DomainError::Invalid {
                field: "DATABASE_URL",
                rule: "must start with sqlite:// or postgres://",
            })
        }
    }
}

/// A shared, cloneable handle to the shop's database.
#[derive(Clone, Debug)]
pub struct Db {
    pool: AnyPool,
    dialect: Dialect,
    memo: crate::memo::Memo,
    waiting_searches: std::sync::Arc<crate::search::log::Waiting>,
    generation: std::sync::Arc<crate::search::generation::Known>,
}

/// How many connections a pool may open.
#[derive(Clone, Copy, Debug)]
pub struct PoolSize(pub u32);

impl Default for PoolSize {
    fn default() -> Self {
        PoolSize(16)
    }
}

impl Db {
    /// Short-lived results of expensive reads on this database (see [`crate::memo`]).
    pub fn memo(&self) -> &crate::memo::Memo {
        &self.memo
    }

    /// Searches heard on this server and not yet written to the log.
    pub(crate) fn waiting_searches(&self) -> &crate::search::log::Waiting {
        &self.waiting_searches
    }

    /// What this server knows of the search generation (see [`crate::search::generation`]).
    pub(crate) fn known_generation(&self) -> &crate::search::generation::Known {
        &self.generation
    }

    /// The same database seen by another app server: same connections, but its own memory of
    /// read results, searches waiting to be logged and search generation (for tests).
    pub fn as_another_server(&self) -> Db {
        Db {
            pool: self.pool.clone(),
            dialect: self.dialect,
            memo: Default::default(),
            waiting_searches: Default::default(),
            generation: Default::default(),
        }
    }

    /// Connects to `url`, creating the SQLite file (and its folder) when missing.
    pub async fn connect(url: &str, size: PoolSize) -> DomainResult<Db> {
        sqlx::any::install_default_drivers();
        let dialect = Dialect::from_url(url)?;
        let url = match dialect {
            Dialect::Sqlite => prepare_sqlite_url(url)?,
            Dialect::Postgres => url.to_string(),
        };
        let options = AnyConnectOptions::from_str(&url)?;
        let pool = AnyPoolOptions::new()
            .max_connections(size.0)
            .acquire_timeout(Duration::from_secs(10))
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    if dialect == Dialect::Sqlite {
                        // A 16 MB page cache per connection and reads through a memory map, so
                        // the hot pages of a large catalog are neither re-read nor copied.
                        conn.execute(
                            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
                             PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; \
                             PRAGMA cache_size = -16000; PRAGMA mmap_size = 268435456; \
                             PRAGMA temp_store = MEMORY;",
                        )
                        .await?;
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await?;
        Ok(Db {
            pool,
            dialect,
            memo: Default::default(),
            waiting_searches: Default::default(),
            generation: Default::default(),
        })
    }

    /// Applies the migrations of this dialect that have not run yet.
    pub async fn migrate(&self) -> DomainResult<()> {
        match self.dialect {
            Dialect::Sqlite => SQLITE_MIGRATIONS.run(&self.pool).await?,
            Dialect::Postgres => POSTGRES_MIGRATIONS.run(&self.pool).await?,
        }
        Ok(())
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    pub fn dialect(&self) -> Dialect {
        self.dialect
    }

    /// Checks the database answers (for `/readyz`).
    pub async fn ping(&self) -> DomainResult<()> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    /// Starts a write transaction. On SQLite it takes the write lock up front
    /// (`BEGIN IMMEDIATE`), so concurrent writers queue on `busy_timeout` instead of
    /// failing with a deadlock when a read lock would be upgraded.
    ///
    /// The guard exists before `BEGIN` is sent: a request cancelled while it waits for the
    /// write lock (a shopper who closes the page) drops the guard, which closes the connection,
    /// so no connection ever goes back to the pool inside a transaction.
    pub async fn begin_write(&self) -> DomainResult<WriteTx> {
        let conn = self.pool.acquire().await?;
        let mut tx = WriteTx {
            conn,
            finished: false,
            generation: self.generation.clone(),
        };
        let begin = match self.dialect {
            Dialect::Sqlite => "BEGIN IMMEDIATE",
            Dialect::Postgres => "BEGIN",
        };
        tx.conn.execute(begin).await?;
        Ok(tx)
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// An open write transaction. Dropped without `commit`, its connection is closed,
/// which rolls the transaction back.
pub struct WriteTx {
    conn: PoolConnection<Any>,
    finished: bool,
    /// Told of the commit, so this server's next search sees what the transaction changed.
    generation: std::sync::Arc<crate::search::generation::Known>,
}

impl WriteTx {
    /// The connection to run statements on inside the transaction.
    pub fn conn(&mut self) -> &mut AnyConnection {
        &mut self.conn
    }

    pub async fn commit(mut self) -> DomainResult<()> {
        self.conn.execute("COMMIT").await?;
        self.finished = true;
        self.generation.committed();
        Ok(())
    }

    pub async fn rollback(mut self) -> DomainResult<()> {
        self.conn.execute("ROLLBACK").await?;
        self.finished = true;
        Ok(())
    }
}

impl Drop for WriteTx {
    fn drop(&mut self) {
        if !self.finished {
            self.conn.close_on_drop();
        }
    }
}

/// A failure that trying the transaction again may cure: SQLite busy or locked, PostgreSQL
/// deadlock or serialization failure.
pub fn is_transient(e: &DomainError) -> bool {
    let DomainError::Database(sqlx::Error::Database(d)) = e else {
        return false;
    };
    matches!(
        d.code().as_deref(),
        Some("5" | "6" | "517" | "40P01" | "40001")
    )
}

/// Makes sure a SQLite URL creates its file and the folder holding it.
fn prepare_sqlite_url(url: &str) -> DomainResult<String> {
    let rest = url
        .trim_start_matches("sqlite://")
        .trim_start_matches("sqlite:");
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    if path != ":memory:" && !path.is_empty() {
        if let Some(parent) = std::path::Path::new(path).parent() {
            if !parent.as_os_str().is_empty() {
                std::fs::create_dir_all(parent).map_err(|e| {
                    DomainError::Internal(format!("cannot create {}: {e}", parent.display()))
                })?;
            }
        }
    }
    let query = if query.contains("mode=") {
        query.to_string()
    } else if query.is_empty() {
        "mode=rwc".into()
    } else {
        format!("{query}&mode=rwc")
    };
    Ok(format!("sqlite://{path}?{query}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dialect_from_url() {
        assert_eq!(
            Dialect::from_url("sqlite://data/x.db").ok(),
            Some(Dialect::Sqlite)
        );
        assert_eq!(
            Dialect::from_url("postgres://u@h/db").ok(),
            Some(Dialect::Postgres)
        );
        assert!(Dialect::from_url("mysql://x").is_err());
    }

    #[test]
    fn sqlite_url_gets_create_mode() {
        let dir = tempfile::tempdir().expect("tempdir");
        let url = format!("sqlite://{}/sub/shop.db", dir.path().display());
        let prepared = prepare_sqlite_url(&url).expect("prepared");
        assert!(prepared.ends_with("shop.db?mode=rwc"), "{prepared}");
        assert!(dir.path().join("sub").is_dir());
    }
}
