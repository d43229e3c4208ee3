//! Members: shoppers with an account. Registration, signing in by e-mail and password, and the
//! account itself; sessions (shared with staff) in [`sessions`].

pub mod addresses;
pub mod directory;
pub mod favourites;
pub mod fields;
pub mod history;
pub mod levels;
pub mod places;
pub mod privacy;
pub mod profile;
pub mod recovery;
pub(crate) mod secrets;
pub mod sessions;
pub mod tokens;

use crate::db::Db;
use crate::error::{DomainError, DomainResult};
use crate::ids::MemberId;
use crate::notifications::outbox;
use crate::notifications::templates::{self, Letterhead};
use crate::{passwords, time};
use serde::{Deserialize, Serialize};

/// What a shopper fills in to register.
#[derive(Clone, Debug)]
pub struct Registration {
    pub email: String,
    pub password: String,
    pub name: String,
    /// `zh-CN` or `en`: the language of the shop's mail to them.
    pub language: String,
    /// Optional (empty when not given); checked like the profile's.
    pub phone: String,
}

/// A member's account as they see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    pub id: MemberId,
    pub email: String,
    pub name: String,
    pub language: String,
    pub verified: bool,
    pub joined_at: i64,
}

/// Opens an account and, in the same transaction, queues the mail with the link that verifies
/// its address. Every field is checked before anything is written; an e-mail address already
/// registered fails with `Conflict` (the caller decides what to tell the shopper).
pub async fn register(db: &Db, form: &Registration, head: &Letterhead) -> DomainResult<MemberId> {
    let email = fields::email(&form.email)?;
    let name = fields::name(&form.name)?;
    passwords::check_new(&form.password)?;
    let phone = match form.phone.trim() {
        "" => None,
        typed => Some(profile::any_phone(typed)?),
    };
    let language = if form.language == "en" { "en" } else { "zh-CN" };
    if find_by_email(db, &email).await?.is_some() {
        return Err(DomainError::Conflict("email_taken"));
    }
    let hash = passwords::hash(&form.password).await?;
    let now = time::now();
    let mut tx = db.begin_write().await?;
    let inserted: Result<i64, sqlx::Error> = sqlx::query_scalar(
        "INSERT INTO members (email, password_hash, display_name, language, phone, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(&email)
    .bind(&hash)
    .bind(&name)
    .bind(language)
    .bind(phone)
    .bind(now)
    .fetch_one(tx.conn())
    .await;
    let id = match inserted {
        Ok(id) => id,
        // Two registrations of one address at once: the second meets the unique index.
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            return Err(DomainError::Conflict("email_taken"))
        }
        Err(e) => return Err(e.into()),
    };
    let id = MemberId(id);
    let to = Member {
        id,
        email,
        name,
        language: language.to_string(),
        verified: false,
        joined_at: now,
    };
    queue_verification(tx.conn(), &to, head, now).await?;
    tx.commit().await?;
    Ok(id)
}

/// Issues a verification token for `member` and queues the mail carrying it, on `conn`
/// inside the caller's transaction.
async fn queue_verification(
    conn: &mut sqlx::AnyConnection,
    member: &Member,
    head: &Letterhead,
    now: i64,
) -> DomainResult<()> {
    let purpose = tokens::Purpose::VerifyEmail;
    let token = tokens::issue(&mut *conn, member.id, purpose, now).await?;
    let mail = templates::verify_email(
        &member.email,
        &member.name,
        &member.language,
        head,
        &token,
        purpose.hours(),
    );
    outbox::enqueue(conn, &mail, now).await
}

async fn find_by_email(db: &Db, email: &str) -> DomainResult<Option<(i64, String)>> {
    Ok(sqlx::query_as(
        "SELECT id, password_hash FROM members WHERE email = $1 AND status = 'active'",
    )
    .bind(email)
    .fetch_optional(db.pool())
    .await?)
}

/// The member with this e-mail and password, or `None`. Takes as long for an unknown address
/// as for a wrong password.
pub async fn authenticate(db: &Db, email: &str, password: &str) -> DomainResult<Option<MemberId>> {
    let found = match fields::email(email) {
        Ok(email) if password.chars().count() <= passwords::MAX_CHARS => {
            find_by_email(db, &email).await?
        }
        _ => None,
    };
    let (id, hash) = found.unzip();
    let ok = passwords::verify(password, hash).await?;
    Ok(id.filter(|_| ok).map(MemberId))
}

/// A member's account (`None` once deleted).
pub async fn member(db: &Db, id: MemberId) -> DomainResult<Option<Member>> {
    let row: Option<(i64, String, String, String, Option<i64>, i64)> = sqlx::query_as(
        "SELECT id, email, display_name, language, email_verified_at, created_at FROM members \
         WHERE id = $1 AND status = 'active'",
    )
    .bind(id.0)
    .fetch_optional(db.pool())
    .await?;
    Ok(
        row.map(|(id, email, name, language, verified, joined_at)| Member {
            id: MemberId(id),
            email,
            name,
            language,
            verified: verified.is_some(),
            joined_at,
        }),
    )
}

/// Queues a new verification mail for a member whose address is not verified yet (earlier
/// links keep working until they expire). Nothing is sent for a verified address.
pub async fn resend_verification(
    db: &Db,
    id: MemberId,
    head: &Letterhead,
    now: i64,
) -> DomainResult<()> {
    let Some(m) = member(db, id).await? else {
        return Err(DomainError::NotFound);
    };
    if m.verified {
        return Ok(());
    }
    let mut tx = db.begin_write().await?;
    queue_verification(tx.conn(), &m, head, now).await?;
    tx.commit().await
}
