//! Staff and outreach accounts (`accounts`, `account_sites`). A password is
//! kept only as an argon2id hash.

use super::{Db, DbError, Result, Tx};
use crate::domain::access::account::{NewAccount, Role};
use crate::domain::instant::format;
use crate::domain::sites::organisation::Organisation;
use chrono::Utc;
use sqlx::FromRow;

/// A stored account, as sign-in needs it.
#[derive(Debug)]
pub struct StoredAccount {
    pub id: i64,
    pub username: String,
    pub password_hash: String,
    pub role: Role,
    /// Outreach: the organisation whose referrals the account may see.
    pub organisation: Option<Organisation>,
    pub disabled: bool,
}

#[derive(FromRow)]
struct AccountRow {
    id: i64,
    username: String,
    password_hash: String,
    role: String,
    organisation_id: Option<i64>,
    organisation_name: Option<String>,
    disabled: i64,
}

impl AccountRow {
    fn read(self) -> Result<StoredAccount> {
        Ok(StoredAccount {
            role: Role::from_code(&self.role).ok_or(DbError::Unreadable(self.role))?,
            id: self.id,
            username: self.username,
            password_hash: self.password_hash,
            organisation: self
                .organisation_id
                .zip(self.organisation_name)
                .map(|(id, name)| Organisation { id, name }),
            disabled: self.disabled != 0,
        })
    }
}

// `disabled` is a BOOLEAN on PostgreSQL and 0/1 on SQLite: read as 0/1.
const COLUMNS: &str = "SELECT accounts.id, username, password_hash, role, organisation_id,
    organisations.name AS organisation_name,
    CASE WHEN disabled THEN 1 ELSE 0 END AS disabled
    FROM accounts LEFT JOIN organisations ON organisations.id = accounts.organisation_id";

/// Stores a checked account (of the organisation `organisation_id`, for
/// outreach); `None` when the username is taken.
pub async fn insert(
    tx: &mut Tx,
    account: &NewAccount,
    organisation_id: Option<i64>,
    password_hash: &str,
) -> Result<Option<i64>> {
    let inserted: Option<i64> = sqlx::query_scalar(
        "INSERT INTO accounts (username, password_hash, role, organisation_id, created_utc)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (username) DO NOTHING
         RETURNING id",
    )
    .bind(&account.username)
    .bind(password_hash)
    .bind(account.role.code())
    .bind(organisation_id)
    .bind(format(Utc::now()))
    .fetch_optional(&mut *tx.0)
    .await?;
    let Some(id) = inserted else {
        return Ok(None);
    };
    for site in &account.sites {
        sqlx::query("INSERT INTO account_sites (account_id, site_id) VALUES ($1, $2)")
            .bind(id)
            .bind(site)
            .execute(&mut *tx.0)
            .await?;
    }
    for region in &account.regions {
        sqlx::query("INSERT INTO account_regions (account_id, region) VALUES ($1, $2)")
            .bind(id)
            .bind(region)
            .execute(&mut *tx.0)
            .await?;
    }
    Ok(Some(id))
}

pub async fn by_username(db: &Db, username: &str) -> Result<Option<StoredAccount>> {
    let row: Option<AccountRow> = sqlx::query_as(&format!("{COLUMNS} WHERE username = $1"))
        .bind(username)
        .fetch_optional(&db.pool)
        .await?;
    row.map(AccountRow::read).transpose()
}

pub async fn by_id(db: &Db, id: i64) -> Result<Option<StoredAccount>> {
    let row: Option<AccountRow> = sqlx::query_as(&format!("{COLUMNS} WHERE accounts.id = $1"))
        .bind(id)
        .fetch_optional(&db.pool)
        .await?;
    row.map(AccountRow::read).transpose()
}

/// The sites a staff account manages.
pub async fn sites_of(db: &Db, account_id: i64) -> Result<Vec<String>> {
    Ok(sqlx::query_scalar(
        "SELECT site_id FROM account_sites WHERE account_id = $1 ORDER BY site_id",
    )
    .bind(account_id)
    .fetch_all(&db.pool)
    .await?)
}

/// The regions a coordinator keeps.
pub async fn regions_of(db: &Db, account_id: i64) -> Result<Vec<String>> {
    Ok(sqlx::query_scalar(
        "SELECT region FROM account_regions WHERE account_id = $1 ORDER BY region",
    )
    .bind(account_id)
    .fetch_all(&db.pool)
    .await?)
}

/// Every account, by username, with the sites each manages.
pub async fn list(db: &Db) -> Result<Vec<(StoredAccount, Vec<String>)>> {
    let rows: Vec<AccountRow> = sqlx::query_as(&format!("{COLUMNS} ORDER BY username"))
        .fetch_all(&db.pool)
        .await?;
    let links: Vec<(i64, String)> =
        sqlx::query_as("SELECT account_id, site_id FROM account_sites ORDER BY site_id")
            .fetch_all(&db.pool)
            .await?;
    rows.into_iter()
        .map(|row| {
            let account = row.read()?;
            let sites = links
                .iter()
                .filter(|(id, _)| *id == account.id)
                .map(|(_, site)| site.clone())
                .collect();
            Ok((account, sites))
        })
        .collect()
}

/// Disables or enables an account; `false` when there is no such account.
pub async fn set_disabled(tx: &mut Tx, id: i64, disabled: bool) -> Result<bool> {
    let updated = sqlx::query("UPDATE accounts SET disabled = $1 WHERE id = $2")
        .bind(disabled)
        .bind(id)
        .execute(&mut *tx.0)
        .await?;
    Ok(updated.rows_affected() == 1)
}

/// Replaces an account's password hash.
pub async fn set_password_hash(tx: &mut Tx, id: i64, hash: &str) -> Result<()> {
    sqlx::query("UPDATE accounts SET password_hash = $1 WHERE id = $2")
        .bind(hash)
        .bind(id)
        .execute(&mut *tx.0)
        .await?;
    Ok(())
}
