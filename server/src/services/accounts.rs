//! Portal accounts and sign-ins: signing in (every try counted per
//! username and client before its password is checked) and out, the
//! session behind a cookie (ended after a while unused), changing one's
//! password, and the admins' creating, disabling and enabling of accounts.
//! Every change is audited with it.

use super::passwords::{self, PasswordError};
use super::{Actor, audit, limits, service_error};
use crate::db::accounts::StoredAccount;
use crate::db::audit::AuditEntry;
use crate::db::{self, Db, DbError};
use crate::domain::access::account::{
    AccountError, NewAccount, Role, check_password, seen_again_after,
};
use crate::domain::access::client_key::ClientKey;
use crate::domain::access::token::{random_hex, sha256_hex};
use crate::domain::access::try_limit::TryLimit;
use crate::domain::day_keys::senim_day;
use crate::domain::index::gazetteer::Gazetteer;
use crate::domain::sites::organisation::{Organisation, OrganisationChoice};
use crate::domain::sites::site::Site;
use crate::state::AppState;
use chrono::Duration;

/// How long a sign-in lasts at most, however busy (it ends sooner when
/// unused for `AppState::session_idle`).
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
    #[error(transparent)]
    Password(#[from] PasswordError),
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
    Password(_) => (Internal, "error-internal"),
    Internal(_) => (Internal, "error-internal"),
});

/// Whether `posted` is the anti-forgery token `expected`, compared in
/// constant time.
pub fn same_token(expected: &str, posted: Option<&str>) -> bool {
    posted.is_some_and(|token| {
        token.len() == expected.len()
            && token
                .bytes()
                .zip(expected.bytes())
                .fold(0u8, |diff, (a, b)| diff | (a ^ b))
                == 0
    })
}

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
        same_token(&self.csrf, posted)
    }
}

/// The live session of a cookie's token, if its account is enabled: not
/// past its end, and used within the idle time. Its last use is written
/// down at most once a minute, not on every request.
pub async fn session(app: &AppState, token: &str) -> Result<Option<Session>, DbError> {
    let token_hash = sha256_hex(token);
    let now = app.now();
    let unused_since = now - app.session_idle;
    let Some(live) = db::sessions::live(&app.db, &token_hash, now, unused_since).await? else {
        return Ok(None);
    };
    if now - live.last_seen >= seen_again_after(app.session_idle) {
        let mut tx = app.db.begin().await?;
        db::sessions::seen(&mut tx, &token_hash, now).await?;
        tx.commit().await?;
    }
    let (account_id, csrf) = (live.account_id, live.csrf);
    let account = db::accounts::by_id(&app.db, account_id).await?;
    Ok(account.filter(|a| !a.disabled).map(|account| Session {
        account,
        csrf,
        token_hash,
    }))
}

/// Signs in with a username and password from `client`; returns the new
/// session's token for the cookie. The try is counted first (per username
/// and client, and per username overall: `TryLimit::SIGN_INS` and
/// `SIGN_INS_PER_USERNAME`), so tries sent at once cannot slip past the
/// lockout; then the password is checked, against a dummy hash when no
/// enabled account has the username, so every try costs the same.
pub async fn sign_in(
    app: &AppState,
    client: &ClientKey,
    username: &str,
    password: &str,
) -> Result<String, AccountsError> {
    let username = username.trim().to_lowercase();
    count_sign_in_try(app, client, &username).await?;
    let account = db::accounts::by_username(&app.db, &username)
        .await?
        .filter(|a| !a.disabled);
    let hash = account.as_ref().map(|a| a.password_hash.as_str());
    let matches = app.passwords.matches(password, hash).await?;
    let Some(account) = account.filter(|_| matches) else {
        return Err(AccountsError::SignInFailed);
    };
    forget_sign_in_tries(app, client, &username).await?;
    let token = random_hex::<32>();
    let now = app.now();
    let mut tx = app.db.begin().await?;
    db::sessions::insert(
        &mut tx,
        &sha256_hex(&token),
        account.id,
        &random_hex::<32>(),
        now + Duration::hours(SESSION_HOURS),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(token)
}

/// What the per-client sign-in count is kept under: the client's key and
/// the username (a client key never holds a space).
fn sign_in_key(client: &ClientKey, username: &str) -> String {
    format!("{} {username}", client.as_str())
}

/// Counts a try at `username`'s password from `client`, before it is
/// checked: `Locked` when the client's tries at this username, or every
/// client's together, are used up. A client already locked out is refused
/// by a read alone, and its refused tries do not count towards the
/// username's overall limit.
async fn count_sign_in_try(
    app: &AppState,
    client: &ClientKey,
    username: &str,
) -> Result<(), AccountsError> {
    let this_client = sign_in_key(client, username);
    if !limits::allow(app, &TryLimit::SIGN_INS, &this_client).await?
        || !limits::allow(app, &TryLimit::SIGN_INS_PER_USERNAME, username).await?
    {
        return Err(AccountsError::Locked);
    }
    Ok(())
}

/// After the right password: the client's earlier tries no longer count
/// (the username's overall count stays).
async fn forget_sign_in_tries(
    app: &AppState,
    client: &ClientKey,
    username: &str,
) -> Result<(), DbError> {
    limits::forget(app, &TryLimit::SIGN_INS, &sign_in_key(client, username)).await
}

/// Removes expired and idle sign-ins (they are refused already); returns
/// how many.
pub async fn purge_expired_sessions(app: &AppState) -> Result<u64, DbError> {
    let now = app.now();
    let mut tx = app.db.begin().await?;
    let purged = db::sessions::delete_expired(&mut tx, now, now - app.session_idle).await?;
    tx.commit().await?;
    Ok(purged)
}

pub async fn sign_out(app: &AppState, session: &Session) -> Result<(), DbError> {
    let mut tx = app.db.begin().await?;
    db::sessions::delete(&mut tx, &session.token_hash).await?;
    tx.commit().await
}

/// Changes the session's own password (the current one first, counted
/// and checked like a sign-in from `client`); the account's other
/// sign-ins end.
pub async fn change_password(
    app: &AppState,
    session: &Session,
    client: &ClientKey,
    current: &str,
    new: &str,
    repeated: &str,
) -> Result<(), AccountsError> {
    let username = &session.account.username;
    count_sign_in_try(app, client, username).await?;
    let hash = Some(session.account.password_hash.as_str());
    if !app.passwords.matches(current, hash).await? {
        return Err(AccountsError::PasswordWrong);
    }
    forget_sign_in_tries(app, client, username).await?;
    check_password(new)?;
    if new != repeated {
        return Err(AccountsError::PasswordMismatch);
    }
    let hash = passwords::hash(new).await?;
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
    role: Role,
    sites: Vec<String>,
    organisation: Option<OrganisationChoice>,
    regions: Vec<String>,
) -> Result<NewAccount, AccountsError> {
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
    let hash = passwords::hash(password).await?;
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

/// What an account may do at one site.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SiteRight {
    /// Its bookings: the day and week views, code checks, statuses,
    /// cancellations, walk-ins and blocked slots.
    Reception,
    /// Its profile, hours and closures.
    Keeping,
}

/// Whether `account` holds `right` at `site`: admins everywhere, staff at
/// their own sites, coordinators keep (but never receive at) the sites of
/// their regions, outreach workers nowhere.
pub async fn may(
    app: &AppState,
    account: &StoredAccount,
    site: &Site,
    right: SiteRight,
) -> Result<bool, DbError> {
    Ok(match account.role {
        Role::Admin => true,
        Role::Staff => db::accounts::sites_of(&app.db, account.id)
            .await?
            .contains(&site.id),
        Role::Coordinator => {
            right == SiteRight::Keeping
                && in_regions(
                    app,
                    Some(&db::accounts::regions_of(&app.db, account.id).await?),
                    &site.city,
                )
        }
        Role::Outreach => false,
    })
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
    let mut entries = db::audit::latest(&app.db, limit).await?;
    entries.extend(db::audit::latest_days(&app.db, limit).await?);
    // Newest day first; on one day, the timed actions before the counts.
    entries.sort_by_key(|e| {
        (
            std::cmp::Reverse(e.when.day()),
            matches!(e.when, db::audit::When::Day(_)),
        )
    });
    entries.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
    Ok(entries)
}

/// Deletes the audit rows older than `SENIM_AUDIT_DAYS`; returns how many.
pub async fn forget_old_audit(app: &AppState) -> Result<u64, DbError> {
    let now = app.now();
    let lifetime = chrono::Duration::days(app.audit_days.into());
    let mut tx = app.db.begin().await?;
    let forgotten =
        db::audit::forget_before(&mut tx, now - lifetime, senim_day(now) - lifetime).await?;
    tx.commit().await?;
    Ok(forgotten)
}
