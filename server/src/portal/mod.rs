//! The staff portal's HTTP side. Every handler checks the session and the
//! account's rights first; the pages (app/src/pages/portal) only show what
//! these put in their context. A site an account may not manage is answered
//! exactly like a site that does not exist.

pub mod admin;
pub mod day;
pub mod hours;
pub mod indicators;
pub mod password;
pub mod profile;
pub mod referrals;
pub mod sign_in;

use crate::accounts::{self, StoredAccount};
use crate::domain::account::Role;
use crate::page_render::render;
use crate::sessions::{self, Session};
use crate::startup::ServerState;
use app::i18n::Lang;
use app::portal_model::PortalView;
use axum::extract::Request;
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use std::collections::HashMap;

const FORM_LIMIT: usize = 16 * 1024;

pub(crate) async fn read(request: Request) -> (Parts, HashMap<String, String>) {
    let (parts, pairs) = read_pairs(request).await;
    (parts, pairs.into_iter().collect())
}

/// The posted form's fields in order, repeated names kept.
pub(crate) async fn read_pairs(request: Request) -> (Parts, Vec<(String, String)>) {
    let (parts, body) = request.into_parts();
    let bytes = axum::body::to_bytes(body, FORM_LIMIT)
        .await
        .unwrap_or_default();
    (parts, form_urlencoded::parse(&bytes).into_owned().collect())
}

pub(crate) fn to_login(lang: Lang) -> Response {
    Redirect::to(&format!("/{}/staff/login", lang.code())).into_response()
}

/// A form without its session's anti-forgery token: refused (403) with a
/// page saying so in the user's language; nothing was changed.
pub(crate) async fn refused_form(state: &ServerState, parts: Parts) -> Response {
    render(state, parts, PortalView::FormExpired, StatusCode::FORBIDDEN).await
}

pub(crate) fn internal(error: anyhow::Error) -> Response {
    tracing::error!(%error, "portal request failed");
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}

pub(crate) async fn session(
    state: &ServerState,
    parts: &Parts,
) -> Result<Option<Session>, Response> {
    sessions::current(&state.app.pool, &parts.headers)
        .await
        .map_err(internal)
}

/// The sites `account` may manage: all for admins, its own for staff.
pub(crate) async fn managed_sites(
    state: &ServerState,
    account: &StoredAccount,
) -> anyhow::Result<Vec<String>> {
    Ok(match account.role() {
        Some(Role::Admin) => state
            .app
            .directory()
            .sites()
            .iter()
            .map(|s| s.id.clone())
            .collect(),
        Some(Role::Staff) => accounts::sites_of(&state.app.pool, account.id).await?,
        _ => vec![],
    })
}

pub(crate) fn lang_name(names: &crate::domain::site::Names, lang: Lang) -> String {
    match lang {
        Lang::Ru => names.ru.clone(),
        Lang::Kk => names.kk.clone(),
        Lang::En => names.en.clone(),
    }
}

/// The signed-in session and the site, if the account may manage it.
pub(crate) async fn authorised(
    state: &ServerState,
    parts: &Parts,
    lang: Lang,
    site_id: &str,
) -> Result<(Session, crate::domain::site::Site), Response> {
    let Some(session) = session(state, parts).await? else {
        return Err(to_login(lang));
    };
    let allowed = managed_sites(state, &session.account)
        .await
        .map_err(internal)?;
    let site = state.app.directory().site(site_id).cloned();
    match site {
        Some(site) if allowed.iter().any(|id| id == site_id) => Ok((session, site)),
        _ => Err(StatusCode::NOT_FOUND.into_response()),
    }
}
