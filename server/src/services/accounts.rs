//! Portal accounts and sign-ins: signing in (with a per-username lockout)
//! and out, the session behind a cookie, changing one's password, and the
//! admins' creating, disabling and enabling of accounts. Every change is
//! audited with it.

use super::{Actor, audit, limits, service_error};
use crate::db::accounts::StoredAccount;
use crate::db::audit::AuditEntry;
use crate::db::{self, Db, DbError};
use crate::domain::account::{
    AccountError, NewAccount, Role, check_password, hash_password, password_matches,
};
use crate::domain::gazetteer::Gazetteer;
use crate::domain::organisation::{Organisation, OrganisationChoice};
use crate::domain::token::{random_hex, sha256_hex};
use crate::domain::try_limit::TryLimit;
use crate::state::AppState;
use chrono::{Duration, Utc};

/// How long a sign-in lasts.
pub const SESSION_HOURS: i64 = 12;

#[derive(Debug, thiserror::Error)]
pub enum AccountsError {
    #[error("too many failed sign-ins: wait 15 minutes")]
    Locked,
    #[error("wrong username or password")]
    SignInFailed,
    #[error("the current password is wrong")]
    PasswordWrong,
    #[error("the two new passwords differ")]
    PasswordMismatch,
    #[error("{0}")]
    Account(#[from] AccountError),
    #[error("the role must be admin, staff or outreach")]
    UnknownRole,
    #[error("that username is taken")]
    UsernameTaken,
    #[error("no site {0} in the directory")]
    UnknownSite(String),
    #[error("no organisation {0}")]
    UnknownOrganisation(i64),
    #[error("nothing changed")]
    NotChanged,
    #[error("cannot hash the password: {0}")]
    Hash(String),
    #[error(transparent)]
    Internal(#[from] DbError),
}

service_error!(AccountsError {
    Locked => (TooManyTries, "portal-login-locked"),
    SignInFailed => (Unauthorized, "portal-login-failed"),
    PasswordWrong => (Invalid, "portal-password-wrong"),
    PasswordMismatch => (Invalid, "portal-password-mismatch"),
    Account(error) => (Invalid, error.message_key()),
    UnknownRole => (Invalid, "portal-account-scope"),
    UsernameTaken => (Invalid, "portal-account-taken"),
    UnknownSite(_) => (Invalid, "portal-account-needs-site"),
    UnknownOrganisation(_) => (Invalid, "portal-account-needs-org"),
    NotChanged => (Conflict, "portal-account-not-changed"),
    Hash(_) => (Internal, "error-internal"),
    Internal(_) => (Internal, "error-internal"),
});

/// A signed-in account.
pub struct Session {
    pub account: StoredAccount,
    /// The anti-forgery token of the session's forms.
    pub csrf: String,
    token_hash: String,
}

impl Session {
    pub fn actor(&self) -> Actor {
        Actor {
            account_id: self.account.id,
        }
    }

    /// Whether a posted form carries this session's anti-forgery token
    /// (compared in constant time).
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
}

/// The live session of a cookie's token, if its account is enabled.
pub async fn session(app: &AppState, token: &str) -> Result<Option<Session>, DbError> {
    let token_hash = sha256_hex(token);
    let Some((account_id, csrf)) = db::sessions::live(&app.db, &token_hash, Utc::now()).await?
    else {
        return Ok(None);
    };
    let account = db::accounts::by_id(&app.db, account_id).await?;
    Ok(account.filter(|a| !a.disabled).map(|account| Session {
        account,
        csrf,
        token_hash,
    }))
}

/// Signs in with a username and password; returns the new session's
/// token for the cookie. A username is locked for a while after too many
/// failures (only failures count).
pub async fn sign_in(
    app: &AppState,
    username: &str,
    password: &str,
) -> Result<String, AccountsError> {
    let username = username.trim().to_lowercase();
    if limits::is_blocked(app, &TryLimit::SIGN_INS, &username).await? {
        return Err(AccountsError::Locked);
    }
    let account = db::accounts::by_username(&app.db, &username).await?;
    let Some(account) =
        account.filter(|a| !a.disabled && password_matches(password, &a.password_hash))
    else {
        limits::count_try(app, &TryLimit::SIGN_INS, &username).await?;
        return Err(AccountsError::SignInFailed);
    };
    let token = random_hex::<32>();
    let expires = Utc::now() + Duration::hours(SESSION_HOURS);
    let mut tx = app.db.begin().await?;
    db::sessions::insert(
        &mut tx,
        &sha256_hex(&token),
        account.id,
        &random_hex::<32>(),
        expires,
    )
    .await?;
    tx.commit().await?;
    Ok(token)
}

/// Removes expired sign-ins (they are refused already); returns how many.
pub async fn purge_expired_sessions(app: &AppState) -> Result<u64, DbError> {
    let mut tx = app.db.begin().await?;
    let purged = db::sessions::delete_expired(&mut tx, Utc::now()).await?;
    tx.commit().await?;
    Ok(purged)
}

pub async fn sign_out(app: &AppState, session: &Session) -> Result<(), DbError> {
    let mut tx = app.db.begin().await?;
    db::sessions::delete(&mut tx, &session.token_hash).await?;
    tx.commit().await
}

/// Changes the session's own password (the current one first); the
/// account's other sign-ins end.
pub async fn change_password(
    app: &AppState,
    session: &Session,
    current: &str,
    new: &str,
    repeated: &str,
) -> Result<(), AccountsError> {
    let username = &session.account.username;
    if limits::is_blocked(app, &TryLimit::SIGN_INS, username).await? {
        return Err(AccountsError::Locked);
    }
    if !password_matches(current, &session.account.password_hash) {
        limits::count_try(app, &TryLimit::SIGN_INS, username).await?;
        return Err(AccountsError::PasswordWrong);
    }
    check_password(new)?;
    if new != repeated {
        return Err(AccountsError::PasswordMismatch);
    }
    let hash = hash_password(new).map_err(|e| AccountsError::Hash(e.to_string()))?;
    let id = session.account.id;
    let mut tx = app.db.begin().await?;
    db::accounts::set_password_hash(&mut tx, id, &hash).await?;
    db::sessions::delete_of_account(&mut tx, id, Some(&session.token_hash)).await?;
    audit(&mut tx, session.actor(), "password-changed", None, "").await?;
    tx.commit().await?;
    Ok(())
}

/// An account as the admins' form describes it: staff get sites, outreach
/// workers an organisation (picked or named), admins neither.
pub fn new_account(
    gazetteer: &Gazetteer,
    username: &str,
    role: &str,
    sites: Vec<String>,
    organisation: Option<OrganisationChoice>,
    regions: Vec<String>,
) -> Result<NewAccount, AccountsError> {
    let role = Role::from_code(role).ok_or(AccountsError::UnknownRole)?;
    let (sites, organisation) = match role {
        Role::Staff => (sites, None),
        Role::Outreach => (vec![], organisation),
        Role::Admin => (vec![], None),
        Role::Coordinator => {
            let known = gazetteer.regions();
            let regions = regions
                .into_iter()
                .filter(|r| known.contains(&r.trim()))
                .collect();
            return Ok(NewAccount::coordinator(username, regions)?);
        }
    };
    Ok(NewAccount::new(username, role, sites, organisation)?)
}

/// The regions `account` keeps: `None` for all (admins), its own for
/// coordinators, none for anyone else.
pub async fn regions_kept(
    app: &AppState,
    account: &StoredAccount,
) -> Result<Option<Vec<String>>, DbError> {
    Ok(match account.role {
        Role::Admin => None,
        Role::Coordinator => Some(db::accounts::regions_of(&app.db, account.id).await?),
        Role::Staff | Role::Outreach => Some(vec![]),
    })
}

/// Whether a site in `city` is in one of `regions` (`None`: every region).
pub fn in_regions(app: &AppState, regions: Option<&[String]>, city: &str) -> bool {
    match regions {
        None => true,
        Some(regions) => app
            .gazetteer
            .region_of(city)
            .is_some_and(|region| regions.iter().any(|r| r == region)),
    }
}

/// Stores a new account with an argon2id hash of its first password,
/// audited under `actor` (none from the command line).
pub async fn create(
    db: &Db,
    actor: Option<Actor>,
    account: &NewAccount,
    password: &str,
) -> Result<(), AccountsError> {
    check_password(password)?;
    for site in &account.sites {
        if !db::sites::exists(db, site).await? {
            return Err(AccountsError::UnknownSite(site.clone()));
        }
    }
    let hash = hash_password(password).map_err(|e| AccountsError::Hash(e.to_string()))?;
    let mut tx = db.begin().await?;
    let organisation = match &account.organisation {
        None => None,
        Some(OrganisationChoice::Existing(id)) => Some(
            db::organisations::by_id(&mut tx, *id)
                .await?
                .ok_or(AccountsError::UnknownOrganisation(*id))?,
        ),
        Some(OrganisationChoice::Named(name)) => {
            let (organisation, added) = db::organisations::find_or_add(&mut tx, name).await?;
            if let (true, Some(actor)) = (added, actor) {
                audit(&mut tx, actor, "organisation-created", None, name.as_str()).await?;
            }
            Some(organisation)
        }
    };
    let organisation_id = organisation.as_ref().map(|o| o.id);
    if db::accounts::insert(&mut tx, account, organisation_id, &hash)
        .await?
        .is_none()
    {
        return Err(AccountsError::UsernameTaken);
    }
    if let Some(actor) = actor {
        let detail = match &organisation {
            Some(organisation) => format!(
                "{} ({}, {})",
                account.username,
                account.role.code(),
                organisation.name
            ),
            None => format!("{} ({})", account.username, account.role.code()),
        };
        audit(&mut tx, actor, "account-created", None, &detail).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Every outreach organisation, by name (for the admins' account form).
pub async fn organisations(app: &AppState) -> Result<Vec<Organisation>, DbError> {
    db::organisations::list(&app.db).await
}

/// Disables or enables an account; a disabled account's sessions end. An
/// admin cannot disable themselves (someone must be left to undo it).
pub async fn set_disabled(
    app: &AppState,
    actor: Actor,
    id: i64,
    disabled: bool,
) -> Result<(), AccountsError> {
    if id == actor.account_id {
        return Err(AccountsError::NotChanged);
    }
    let mut tx = app.db.begin().await?;
    if !db::accounts::set_disabled(&mut tx, id, disabled).await? {
        return Err(AccountsError::NotChanged);
    }
    if disabled {
        db::sessions::delete_of_account(&mut tx, id, None).await?;
    }
    let action = if disabled {
        "account-disabled"
    } else {
        "account-enabled"
    };
    audit(&mut tx, actor, action, None, &id.to_string()).await?;
    tx.commit().await?;
    Ok(())
}

/// The sites `account` may manage: all for admins, its own for staff,
/// those of their regions for coordinators.
pub async fn managed_sites(
    app: &AppState,
    account: &StoredAccount,
) -> Result<Vec<String>, DbError> {
    Ok(match account.role {
        Role::Admin => app
            .directory()
            .sites()
            .iter()
            .map(|s| s.id.clone())
            .collect(),
        Role::Staff => db::accounts::sites_of(&app.db, account.id).await?,
        Role::Outreach => vec![],
        Role::Coordinator => {
            let regions = db::accounts::regions_of(&app.db, account.id).await?;
            app.directory()
                .sites()
                .iter()
                .filter(|s| in_regions(app, Some(&regions), &s.city))
                .map(|s| s.id.clone())
                .collect()
        }
    })
}

/// Every account, by username, with the sites each manages.
pub async fn list(app: &AppState) -> Result<Vec<(StoredAccount, Vec<String>)>, DbError> {
    db::accounts::list(&app.db).await
}

/// The latest `limit` staff actions, newest first.
pub async fn audit_log(app: &AppState, limit: i64) -> Result<Vec<AuditEntry>, DbError> {
    db::audit::latest(&app.db, limit).await
}
