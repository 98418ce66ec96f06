//! Admins' pages: accounts (create, disable, enable) and the audit log.
//! Any other account is answered as if these pages did not exist.

use super::access::Admin;
use crate::db::DbError;
use crate::db::audit::When;
use crate::domain::access::account::{NewAccount, Role};
use crate::domain::sites::organisation::OrganisationChoice;
use crate::services::accounts::{self, AccountsError, Session, new_account};
use crate::web::WebState;
use crate::web::form::CsrfForm;
use crate::web::page_error::{PageError, PageResult, refused};
use crate::web::render;
use app::portal_model::{AccountRow, AccountsView, AuditRow, AuditView, NewAccountInput};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use vocabulary::forms::{AccountAccessForm, NewAccountForm};
use vocabulary::{Lang, paths};

/// The most audit entries shown.
const AUDIT_SHOWN: i64 = 500;

/// A site's name in `lang`, or its id when it is not in the directory.
fn site_name(state: &WebState, id: &str, lang: Lang) -> String {
    state
        .app
        .directory()
        .site(id)
        .map_or_else(|| id.to_string(), |s| s.name(lang))
}

async fn accounts_view(
    state: &WebState,
    session: &Session,
    lang: Lang,
) -> Result<AccountsView, DbError> {
    let listed = accounts::list(&state.app).await?;
    let region_names = state.app.gazetteer.regions_in(lang);
    let mut accounts = Vec::with_capacity(listed.len());
    for (a, sites) in listed {
        let regions = match a.role {
            Role::Coordinator => accounts::regions_kept(&state.app, &a)
                .await?
                .unwrap_or_default()
                .iter()
                .map(|r| {
                    region_names
                        .iter()
                        .find(|(en, _)| en == r)
                        .map_or_else(|| r.clone(), |(_, name)| name.clone())
                })
                .collect(),
            _ => vec![],
        };
        accounts.push((a, sites, regions));
    }
    let accounts = accounts
        .into_iter()
        .map(|(a, sites, regions)| AccountRow {
            is_self: a.id == session.account.id,
            id: a.id,
            username: a.username,
            role: a.role,
            organisation: a.organisation.map(|o| o.name),
            sites: sites.iter().map(|s| site_name(state, s, lang)).collect(),
            regions,
            disabled: a.disabled,
        })
        .collect();
    let mut sites: Vec<(String, String)> = state
        .app
        .directory()
        .sites()
        .iter()
        .map(|s| (s.id.clone(), s.name(lang)))
        .collect();
    sites.sort_by(|a, b| a.1.cmp(&b.1));
    let organisations = accounts::organisations(&state.app)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    Ok(AccountsView {
        organisations,
        csrf: session.csrf.clone(),
        accounts,
        sites,
        regions: state.app.gazetteer.regions_in(lang),
        input: NewAccountInput {
            role: "staff".into(),
            ..NewAccountInput::default()
        },
        problem: None,
        message: None,
    })
}

/// The accounts page with `view` as the handler made it.
async fn accounts_page_of(
    state: &WebState,
    lang: Lang,
    view: AccountsView,
    status: StatusCode,
) -> PageResult {
    let (page, at) = (view, paths::ACCOUNTS.at(lang));
    Ok(render::portal(state, lang, at, page, status).await)
}

/// `GET /{lang}/staff/accounts`.
pub async fn accounts_page(
    State(state): State<WebState>,
    Admin { lang, session }: Admin,
) -> PageResult {
    let view = accounts_view(&state, &session, lang).await?;
    accounts_page_of(&state, lang, view, StatusCode::OK).await
}

/// What the new-account form shows again when it is refused: what was
/// typed, less the password.
fn input_of(form: &NewAccountForm) -> NewAccountInput {
    let chosen = |values: &[String]| {
        let chosen = values.iter().filter(|value| !value.is_empty());
        chosen.cloned().collect()
    };
    NewAccountInput {
        username: form.username.trim().to_lowercase(),
        role: form.role.clone(),
        sites: chosen(&form.site),
        organisation_id: form.organisation_id.clone(),
        organisation: form.organisation.clone(),
        regions: chosen(&form.region),
    }
}

/// The account the form describes (the regions kept checked against the
/// gazetteer's).
fn account_of(state: &WebState, input: &NewAccountInput) -> Result<NewAccount, AccountsError> {
    let role = Role::from_code(&input.role).ok_or(AccountsError::UnknownRole)?;
    // An organisation, picked or named, is read for outreach accounts only.
    let organisation = match role {
        Role::Outreach => {
            OrganisationChoice::from_form(&input.organisation_id, &input.organisation)?
        }
        _ => None,
    };
    let (sites, regions) = (input.sites.clone(), input.regions.clone());
    let gazetteer = &state.app.gazetteer;
    new_account(
        gazetteer,
        &input.username,
        role,
        sites,
        organisation,
        regions,
    )
}

/// `POST /{lang}/staff/accounts`: a new account with a first password the
/// admin passes on; its owner changes it after signing in.
pub async fn create(
    State(state): State<WebState>,
    Admin { lang, session }: Admin,
    CsrfForm(form): CsrfForm<NewAccountForm>,
) -> PageResult {
    let input = input_of(&form);
    let created = match account_of(&state, &input) {
        Ok(account) => {
            let actor = Some(session.actor());
            accounts::create(&state.app.db, actor, &account, &form.password).await
        }
        Err(error) => Err(error),
    };
    let mut view = accounts_view(&state, &session, lang).await?;
    let status = match created {
        Ok(()) => {
            view.message = Some("portal-account-created".into());
            StatusCode::OK
        }
        Err(error) => {
            let (key, status) = refused(error)?;
            view.problem = Some(key.into());
            view.input = input;
            status
        }
    };
    accounts_page_of(&state, lang, view, status).await
}

/// `POST /{lang}/staff/accounts/{id}/access`: `disabled=1` or `0`.
pub async fn set_access(
    State(state): State<WebState>,
    Path((_, id)): Path<(String, String)>,
    Admin { lang, session }: Admin,
    CsrfForm(form): CsrfForm<AccountAccessForm>,
) -> PageResult {
    // Read after the admin check: to anyone else this page does not exist.
    let id: i64 = id
        .parse()
        .map_err(|_| PageError::Status(StatusCode::NOT_FOUND))?;
    let disabled = form.disabled == "1";
    let changed = accounts::set_disabled(&state.app, session.actor(), id, disabled).await;
    let (key, status) = match changed {
        Ok(()) => ("portal-account-saved", StatusCode::OK),
        Err(error) => refused(error)?,
    };
    let mut view = accounts_view(&state, &session, lang).await?;
    view.message = Some(key.into());
    accounts_page_of(&state, lang, view, status).await
}

/// `GET /{lang}/staff/audit`: the latest staff actions.
pub async fn audit_page(State(state): State<WebState>, Admin { lang, .. }: Admin) -> PageResult {
    let entries = accounts::audit_log(&state.app, AUDIT_SHOWN).await?;
    let rows = entries
        .into_iter()
        .map(|e| AuditRow {
            at: match e.when {
                When::At(at) => at.format("%Y-%m-%d %H:%M").to_string(),
                When::Day(day) => day.format("%Y-%m-%d").to_string(),
            },
            username: e.username,
            action: e.action,
            site: e.site_id.map(|id| site_name(&state, &id, lang)),
            detail: match e.count {
                1 => e.detail,
                count => format!("{} ×{count}", e.detail).trim_start().to_string(),
            },
        })
        .collect();
    let (page, at) = (AuditView { rows }, paths::AUDIT.at(lang));
    Ok(render::portal(&state, lang, at, page, StatusCode::OK).await)
}
