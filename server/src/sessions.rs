//! Portal sessions: a random token in an HttpOnly, SameSite=Strict cookie,
//! stored only as its SHA-256, with an anti-forgery token for the session's
//! forms.

use crate::accounts::StoredAccount;
use crate::db::Pool;
use axum::http::HeaderMap;
use chrono::{Duration, Utc};
use sha2::{Digest, Sha256};

pub const COOKIE: &str = "senim_portal";
/// How long a sign-in lasts.
const LIFETIME_HOURS: i64 = 12;

fn random_hex() -> String {
    let bits: [u8; 32] = rand::random();
    bits.iter().map(|b| format!("{b:02x}")).collect()
}

fn token_hash(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A signed-in account.
pub struct Session {
    pub account: StoredAccount,
    pub csrf: String,
    token_hash: String,
}

/// Starts a session; returns the `Set-Cookie` value (`Secure` when the
/// site is served over HTTPS).
pub async fn start(pool: &Pool, account_id: i64, secure: bool) -> anyhow::Result<String> {
    let token = random_hex();
    let expires = Utc::now() + Duration::hours(LIFETIME_HOURS);
    sqlx::query(
        "INSERT INTO sessions (token_hash, account_id, csrf, expires_utc) VALUES ($1, $2, $3, $4)",
    )
    .bind(token_hash(&token))
    .bind(account_id)
    .bind(random_hex())
    .bind(expires.to_rfc3339())
    .execute(pool)
    .await?;
    Ok(format!(
        "{COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict; Max-Age={}{}",
        LIFETIME_HOURS * 3600,
        if secure { "; Secure" } else { "" }
    ))
}

/// The `Set-Cookie` value that ends the session in the browser.
pub fn clearing_cookie(secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0{secure}")
}

fn cookie_token(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .find_map(|pair| {
            pair.trim()
                .strip_prefix(&format!("{COOKIE}="))
                .map(str::to_string)
        })
        .filter(|token| !token.is_empty())
}

/// The live session of the request's cookie, if its account is enabled.
pub async fn current(pool: &Pool, headers: &HeaderMap) -> anyhow::Result<Option<Session>> {
    let Some(token) = cookie_token(headers) else {
        return Ok(None);
    };
    let hash = token_hash(&token);
    let row: Option<(i64, String)> = sqlx::query_as(
        "SELECT account_id, csrf FROM sessions WHERE token_hash = $1 AND expires_utc > $2",
    )
    .bind(&hash)
    .bind(Utc::now().to_rfc3339())
    .fetch_optional(pool)
    .await?;
    let Some((account_id, csrf)) = row else {
        return Ok(None);
    };
    let account = crate::accounts::by_id(pool, account_id)
        .await?
        .filter(|account| !account.disabled);
    Ok(account.map(|account| Session {
        account,
        csrf,
        token_hash: hash,
    }))
}

impl Session {
    /// Whether a posted form carries this session's anti-forgery token.
    pub fn form_is_genuine(&self, posted: Option<&str>) -> bool {
        posted.is_some_and(|token| {
            token.len() == self.csrf.len()
                && token
                    .bytes()
                    .zip(self.csrf.bytes())
                    .fold(0u8, |diff, (a, b)| diff | (a ^ b))
                    == 0
        })
    }

    /// Ends the account's other sign-ins (after a password change).
    pub async fn end_others(&self, pool: &Pool) -> anyhow::Result<()> {
        sqlx::query("DELETE FROM sessions WHERE account_id = $1 AND token_hash <> $2")
            .bind(self.account.id)
            .bind(&self.token_hash)
            .execute(pool)
            .await?;
        Ok(())
    }

    pub async fn end(&self, pool: &Pool) -> anyhow::Result<()> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(&self.token_hash)
            .execute(pool)
            .await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::account::{NewAccount, Role};

    #[tokio::test]
    async fn cookies_are_secure_when_served_over_https() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("t.db").display());
        let pool = crate::db::connect(&url).await.unwrap();
        let account = NewAccount::new("admin.one", Role::Admin, vec![], None).unwrap();
        crate::accounts::create(&pool, &account, "hash")
            .await
            .unwrap();
        let id = crate::accounts::find(&pool, "admin.one")
            .await
            .unwrap()
            .unwrap()
            .id;
        let plain = start(&pool, id, false).await.unwrap();
        assert!(plain.contains("HttpOnly; SameSite=Strict") && !plain.contains("Secure"));
        let secure = start(&pool, id, true).await.unwrap();
        assert!(secure.ends_with("; Secure"), "{secure}");
        assert!(clearing_cookie(true).ends_with("; Secure"));
    }
}
