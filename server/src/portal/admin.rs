//! Admins' pages: accounts (create, disable, enable) and the audit log.
//! Any other account is answered as if these pages did not exist.

use super::access::Admin;
use super::{genuine_form, internal, lang_name};
use crate::accounts::{self, Created};
use crate::domain::account::{NewAccount, Role, check_password};
use crate::page_render::render;
use crate::sessions::Session;
use crate::startup::ServerState;
use app::i18n::Lang;
use app::portal_model::{AccountRow, AccountsView, AuditRow, NewAccountInput, PortalView};
use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::response::Response;

/// The most audit entries shown.
const AUDIT_SHOWN: i64 = 500;

async fn accounts_view(
    state: &ServerState,
    session: &Session,
    lang: Lang,
) -> anyhow::Result<AccountsView> {
    let directory = state.app.directory();
    let name = |id: &str| {
        directory
            .site(id)
            .map_or_else(|| id.to_string(), |s| lang_name(&s.names, lang))
    };
    let accounts = accounts::list(&state.app.pool)
        .await?
        .into_iter()
        .map(|(a, sites)| AccountRow {
            is_self: a.id == session.account.id,
            id: a.id,
            username: a.username,
            role: a.role,
            organisation: a.organisation,
            sites: sites.iter().map(|s| name(s)).collect(),
            disabled: a.disabled,
        })
        .collect();
    let mut sites: Vec<(String, String)> = directory
        .sites()
        .iter()
        .map(|s| (s.id.clone(), lang_name(&s.names, lang)))
        .collect();
    sites.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(AccountsView {
        csrf: session.csrf.clone(),
        accounts,
        sites,
        input: NewAccountInput {
            role: "staff".into(),
            ..NewAccountInput::default()
        },
        problem: None,
        message: None,
    })
}

/// `GET /{lang}/staff/accounts`.
pub async fn accounts_page(
    State(state): State<ServerState>,
    Admin { lang, session }: Admin,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    match accounts_view(&state, &session, lang).await {
        Ok(view) => render(&state, parts, PortalView::Accounts(view), StatusCode::OK).await,
        Err(error) => internal(error),
    }
}

/// What the new-account form asks for, checked.
fn new_account(input: &NewAccountInput) -> Result<NewAccount, &'static str> {
    let role = Role::from_code(&input.role).ok_or("portal-account-scope")?;
    let (sites, organisation) = match role {
        Role::Staff => (input.sites.clone(), None),
        Role::Outreach => (vec![], Some(input.organisation.clone())),
        Role::Admin => (vec![], None),
    };
    NewAccount::new(&input.username, role, sites, organisation).map_err(|e| e.message_key())
}

/// `POST /{lang}/staff/accounts`: a new account with a first password the
/// admin passes on; its owner changes it after signing in.
pub async fn create(
    State(state): State<ServerState>,
    Admin { lang, session }: Admin,
    request: Request,
) -> Response {
    let (parts, form) = match genuine_form(&state, &session, request).await {
        Ok(read) => read,
        Err(refused) => return refused,
    };
    let field = |name: &str| form.text(name).to_string();
    let input = NewAccountInput {
        username: field("username").trim().to_lowercase(),
        role: field("role"),
        sites: form
            .all("site")
            .filter(|site| !site.is_empty())
            .map(str::to_string)
            .collect(),
        organisation: field("organisation"),
    };
    let password = field("password");
    let checked = new_account(&input).and_then(|account| {
        check_password(&password)
            .map(|()| account)
            .map_err(|e| e.message_key())
    });
    let outcome = match checked {
        Err(key) => Err(key),
        Ok(account) => {
            let stored = async {
                let hash = accounts::hash_password(&password)?;
                let created = accounts::create(&state.app.pool, &account, &hash).await?;
                if created == Created::Created {
                    accounts::audit(
                        &state.app.pool,
                        session.account.id,
                        "account-created",
                        None,
                        &format!("{} ({})", account.username, account.role.code()),
                    )
                    .await?;
                }
                anyhow::Ok(created)
            };
            match stored.await {
                Ok(Created::Created) => Ok(()),
                Ok(Created::UsernameTaken) => Err("portal-account-taken"),
                Ok(Created::UnknownSite(_)) => Err("portal-account-needs-site"),
                Err(error) => return internal(error),
            }
        }
    };
    let mut view = match accounts_view(&state, &session, lang).await {
        Ok(view) => view,
        Err(error) => return internal(error),
    };
    let status = match outcome {
        Ok(()) => {
            view.message = Some("portal-account-created".into());
            StatusCode::OK
        }
        Err(key) => {
            view.problem = Some(key.into());
            view.input = input;
            StatusCode::UNPROCESSABLE_ENTITY
        }
    };
    render(&state, parts, PortalView::Accounts(view), status).await
}

/// `POST /{lang}/staff/accounts/{id}/access`: `disabled=1` or `0`. An
/// admin cannot disable themselves (someone must be left to undo it).
pub async fn set_access(
    State(state): State<ServerState>,
    Admin { lang, session }: Admin,
    Path((_, id)): Path<(String, i64)>,
    request: Request,
) -> Response {
    let (mut parts, form) = match genuine_form(&state, &session, request).await {
        Ok(read) => read,
        Err(refused) => return refused,
    };
    if let Ok(uri) = format!("/{}/staff/accounts", lang.code()).parse() {
        parts.uri = uri;
    }
    let disabled = form.value("disabled") == Some("1");
    let changed = async {
        if id == session.account.id {
            return anyhow::Ok(false);
        }
        let changed = accounts::set_disabled(&state.app.pool, id, disabled).await?;
        if changed {
            let action = if disabled {
                "account-disabled"
            } else {
                "account-enabled"
            };
            accounts::audit(
                &state.app.pool,
                session.account.id,
                action,
                None,
                &id.to_string(),
            )
            .await?;
        }
        Ok(changed)
    };
    let (key, status) = match changed.await {
        Ok(true) => ("portal-account-saved", StatusCode::OK),
        Ok(false) => ("portal-account-not-changed", StatusCode::CONFLICT),
        Err(error) => return internal(error),
    };
    match accounts_view(&state, &session, lang).await {
        Ok(mut view) => {
            view.message = Some(key.into());
            render(&state, parts, PortalView::Accounts(view), status).await
        }
        Err(error) => internal(error),
    }
}

/// `GET /{lang}/staff/audit`: the latest staff actions.
pub async fn audit_page(
    State(state): State<ServerState>,
    Admin { lang, .. }: Admin,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let entries = match accounts::audit_log(&state.app.pool, AUDIT_SHOWN).await {
        Ok(entries) => entries,
        Err(error) => return internal(error),
    };
    let directory = state.app.directory();
    let rows = entries
        .into_iter()
        .map(|e| AuditRow {
            at: chrono::DateTime::parse_from_rfc3339(&e.at_utc)
                .map(|t| t.to_utc().format("%Y-%m-%d %H:%M").to_string())
                .unwrap_or(e.at_utc),
            username: e.username,
            action: e.action,
            site: e.site_id.map(|id| {
                directory
                    .site(&id)
                    .map_or(id.clone(), |s| lang_name(&s.names, lang))
            }),
            detail: e.detail,
        })
        .collect();
    render(&state, parts, PortalView::Audit(rows), StatusCode::OK).await
}
