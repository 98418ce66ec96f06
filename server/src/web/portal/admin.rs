//! Admins' pages: accounts (create, disable, enable) and the audit log.
//! Any other account is answered as if these pages did not exist.

use super::access::{Admin, Posted};
use crate::db::DbError;
use crate::db::audit::When;
use crate::domain::account::Role;
use crate::domain::organisation::OrganisationChoice;
use crate::services::accounts::{self, AccountsError, Session, new_account};
use crate::web::WebState;
use crate::web::error::{failed, internal, refusal};
use crate::web::render;
use app::portal_model::{AccountRow, AccountsView, AuditRow, AuditView, NewAccountInput};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
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

/// `GET /{lang}/staff/accounts`.
pub async fn accounts_page(
    State(state): State<WebState>,
    Admin { lang, session }: Admin,
) -> Response {
    match accounts_view(&state, &session, lang).await {
        Ok(view) => {
            render::portal(&state, lang, paths::ACCOUNTS.at(lang), view, StatusCode::OK).await
        }
        Err(error) => internal(error),
    }
}

/// `POST /{lang}/staff/accounts`: a new account with a first password the
/// admin passes on; its owner changes it after signing in.
pub async fn create(
    State(state): State<WebState>,
    Posted {
        who: Admin { lang, session },
        form,
        ..
    }: Posted<Admin>,
) -> Response {
    let input = NewAccountInput {
        username: form.text("username").trim().to_lowercase(),
        role: form.text("role").to_string(),
        sites: form
            .all("site")
            .filter(|site| !site.is_empty())
            .map(str::to_string)
            .collect(),
        organisation_id: form.text("organisation_id").to_string(),
        organisation: form.text("organisation").to_string(),
        regions: form
            .all("region")
            .filter(|region| !region.is_empty())
            .map(str::to_string)
            .collect(),
    };
    // An organisation, picked or named, is read for outreach accounts only.
    let organisation = if input.role == Role::Outreach.code() {
        OrganisationChoice::from_form(&input.organisation_id, &input.organisation)
    } else {
        Ok(None)
    };
    let account = organisation
        .map_err(AccountsError::from)
        .and_then(|organisation| {
            new_account(
                &state.app.gazetteer,
                &input.username,
                &input.role,
                input.sites.clone(),
                organisation,
                input.regions.clone(),
            )
        });
    let created = match account {
        Ok(account) => {
            let password = form.text("password");
            accounts::create(&state.app.db, Some(session.actor()), &account, password).await
        }
        Err(error) => Err(error),
    };
    let mut view = match accounts_view(&state, &session, lang).await {
        Ok(view) => view,
        Err(error) => return internal(error),
    };
    let status = match created {
        Ok(()) => {
            view.message = Some("portal-account-created".into());
            StatusCode::OK
        }
        Err(error) => match refusal(&error) {
            Some((key, status)) => {
                view.problem = Some(key.into());
                view.input = input;
                status
            }
            None => return failed(),
        },
    };
    render::portal(&state, lang, paths::ACCOUNTS.at(lang), view, status).await
}

/// `POST /{lang}/staff/accounts/{id}/access`: `disabled=1` or `0`.
pub async fn set_access(
    State(state): State<WebState>,
    Path((_, id)): Path<(String, String)>,
    Posted {
        who: Admin { lang, session },
        form,
        ..
    }: Posted<Admin>,
) -> Response {
    // Read after the admin check: to anyone else this page does not exist.
    let Ok(id) = id.parse::<i64>() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let disabled = form.value("disabled") == Some("1");
    let changed = accounts::set_disabled(&state.app, session.actor(), id, disabled).await;
    let (key, status) = match changed {
        Ok(()) => ("portal-account-saved", StatusCode::OK),
        Err(error) => match refusal(&error) {
            Some(refused) => refused,
            None => return failed(),
        },
    };
    match accounts_view(&state, &session, lang).await {
        Ok(mut view) => {
            view.message = Some(key.into());
            render::portal(&state, lang, paths::ACCOUNTS.at(lang), view, status).await
        }
        Err(error) => internal(error),
    }
}

/// `GET /{lang}/staff/audit`: the latest staff actions.
pub async fn audit_page(State(state): State<WebState>, Admin { lang, .. }: Admin) -> Response {
    let entries = match accounts::audit_log(&state.app, AUDIT_SHOWN).await {
        Ok(entries) => entries,
        Err(error) => return internal(error),
    };
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
    render::portal(
        &state,
        lang,
        paths::AUDIT.at(lang),
        AuditView { rows },
        StatusCode::OK,
    )
    .await
}
