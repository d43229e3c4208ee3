//! The domain's error type: what went wrong, without leaking database detail to shoppers.

/// Errors from domain services. The web layer maps them to status codes and translated messages.
#[derive(Debug, thiserror::Error)]
pub enum DomainError {
    #[error("not found")]
    NotFound,
    #[error("invalid {field}: {rule}")]
    Invalid {
        field: &'static str,
        rule: &'static str,
    },
    #[error("conflict: {0}")]
    Conflict(&'static str),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration: {0}")]
    Migration(#[from] sqlx::migrate::MigrateError),
    #[error("{0}")]
    Internal(String),
}

pub type DomainResult<T> = Result<T, DomainError>;
