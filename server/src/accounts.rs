//! Staff and outreach accounts in the database, with argon2id password
//! hashes.

use crate::db::Pool;
use crate::domain::account::{NewAccount, Role};
use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use chrono::Utc;

/// An argon2id hash of `password` in PHC form, with a fresh random salt.
pub fn hash_password(password: &str) -> anyhow::Result<String> {
    let salt = SaltString::encode_b64(&rand::random::<[u8; 16]>())
        .map_err(|e| anyhow::anyhow!("cannot encode the salt: {e}"))?;
    Ok(Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map_err(|e| anyhow::anyhow!("cannot hash the password: {e}"))?
        .to_string())
}

/// Whether `password` matches the stored `hash`.
pub fn password_matches(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash)
        .map(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

#[derive(Debug, PartialEq)]
pub enum Created {
    Created,
    UsernameTaken,
    /// A `--site` that is not in the directory.
    UnknownSite(String),
}

/// Stores a checked account with its password hash, all or nothing.
pub async fn create(
    pool: &Pool,
    account: &NewAccount,
    password_hash: &str,
) -> anyhow::Result<Created> {
    for site in &account.sites {
        let known: Option<String> = sqlx::query_scalar("SELECT id FROM sites WHERE id = $1")
            .bind(site)
            .fetch_optional(pool)
            .await?;
        if known.is_none() {
            return Ok(Created::UnknownSite(site.clone()));
        }
    }
    // Writing first takes the write lock at once (a transaction that reads
    // first can be refused when it then writes).
    let mut tx = pool.begin().await?;
    let inserted: Option<i64> = sqlx::query_scalar(
        "INSERT INTO accounts (username, password_hash, role, organisation, created_utc)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (username) DO NOTHING
         RETURNING id",
    )
    .bind(&account.username)
    .bind(password_hash)
    .bind(account.role.code())
    .bind(&account.organisation)
    .bind(Utc::now().to_rfc3339())
    .fetch_optional(&mut *tx)
    .await?;
    let Some(id) = inserted else {
        return Ok(Created::UsernameTaken);
    };
    for site in &account.sites {
        sqlx::query("INSERT INTO account_sites (account_id, site_id) VALUES ($1, $2)")
            .bind(id)
            .bind(site)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(Created::Created)
}

/// A stored account, as sign-in needs it.
#[derive(Debug, sqlx::FromRow)]
pub struct StoredAccount {
    pub id: i64,
    pub username: String,
    pub password_hash: String,
    pub role: String,
    pub organisation: Option<String>,
    pub disabled: bool,
}

impl StoredAccount {
    pub fn role(&self) -> Option<Role> {
        Role::from_code(&self.role)
    }
}

pub async fn find(pool: &Pool, username: &str) -> anyhow::Result<Option<StoredAccount>> {
    Ok(sqlx::query_as(
        "SELECT id, username, password_hash, role, organisation, disabled FROM accounts WHERE username = $1",
    )
    .bind(username)
    .fetch_optional(pool)
    .await?)
}

pub async fn by_id(pool: &Pool, id: i64) -> anyhow::Result<Option<StoredAccount>> {
    Ok(sqlx::query_as(
        "SELECT id, username, password_hash, role, organisation, disabled FROM accounts WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(pool)
    .await?)
}

/// Records a staff action for the admins' audit log.
pub async fn audit(
    pool: &Pool,
    account_id: i64,
    action: &str,
    site_id: Option<&str>,
    detail: &str,
) -> anyhow::Result<()> {
    sqlx::query(
        "INSERT INTO audit_log (at_utc, account_id, action, site_id, detail) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(Utc::now().to_rfc3339())
    .bind(account_id)
    .bind(action)
    .bind(site_id)
    .bind(detail)
    .execute(pool)
    .await?;
    Ok(())
}

/// One staff action, newest first in `audit_log`.
#[derive(Debug, PartialEq, sqlx::FromRow)]
pub struct AuditEntry {
    pub at_utc: String,
    pub username: String,
    pub action: String,
    pub site_id: Option<String>,
    pub detail: String,
}

/// The latest `limit` staff actions, newest first.
pub async fn audit_log(pool: &Pool, limit: i64) -> anyhow::Result<Vec<AuditEntry>> {
    Ok(sqlx::query_as(
        "SELECT a.at_utc, u.username, a.action, a.site_id, a.detail
         FROM audit_log a JOIN accounts u ON u.id = a.account_id
         ORDER BY a.id DESC LIMIT $1",
    )
    .bind(limit)
    .fetch_all(pool)
    .await?)
}

/// The sites a staff account manages.
pub async fn sites_of(pool: &Pool, account_id: i64) -> anyhow::Result<Vec<String>> {
    Ok(sqlx::query_scalar(
        "SELECT site_id FROM account_sites WHERE account_id = $1 ORDER BY site_id",
    )
    .bind(account_id)
    .fetch_all(pool)
    .await?)
}

/// An account as the admins' list shows it.
#[derive(Debug, sqlx::FromRow)]
pub struct AccountListing {
    pub id: i64,
    pub username: String,
    pub role: String,
    pub organisation: Option<String>,
    pub disabled: bool,
}

/// Every account, by username, with the sites each manages.
pub async fn list(pool: &Pool) -> anyhow::Result<Vec<(AccountListing, Vec<String>)>> {
    let accounts: Vec<AccountListing> = sqlx::query_as(
        "SELECT id, username, role, organisation, disabled FROM accounts ORDER BY username",
    )
    .fetch_all(pool)
    .await?;
    let links: Vec<(i64, String)> =
        sqlx::query_as("SELECT account_id, site_id FROM account_sites ORDER BY site_id")
            .fetch_all(pool)
            .await?;
    Ok(accounts
        .into_iter()
        .map(|account| {
            let sites = links
                .iter()
                .filter(|(id, _)| *id == account.id)
                .map(|(_, site)| site.clone())
                .collect();
            (account, sites)
        })
        .collect())
}

/// Disables or enables an account; a disabled account's sessions end.
/// `false` when there is no such account.
pub async fn set_disabled(pool: &Pool, id: i64, disabled: bool) -> anyhow::Result<bool> {
    let mut tx = pool.begin().await?;
    let updated = sqlx::query("UPDATE accounts SET disabled = $1 WHERE id = $2")
        .bind(i64::from(disabled))
        .bind(id)
        .execute(&mut *tx)
        .await?;
    if disabled {
        sqlx::query("DELETE FROM sessions WHERE account_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(updated.rows_affected() == 1)
}

/// Replaces an account's password hash.
pub async fn set_password_hash(pool: &Pool, id: i64, hash: &str) -> anyhow::Result<()> {
    sqlx::query("UPDATE accounts SET password_hash = $1 WHERE id = $2")
        .bind(hash)
        .bind(id)
        .execute(pool)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_kept_as_salted_argon2id_hashes() {
        let hash = hash_password("correct horse battery").unwrap();
        assert!(hash.starts_with("$argon2id$"), "{hash}");
        assert!(!hash.contains("correct horse"));
        assert_ne!(
            hash,
            hash_password("correct horse battery").unwrap(),
            "salted"
        );
        assert!(password_matches("correct horse battery", &hash));
        assert!(!password_matches("correct horse battery!", &hash));
        assert!(!password_matches("anything", "not a hash"));
    }
}
