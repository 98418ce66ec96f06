//! The staff portal's HTTP side. Every handler checks the session and the
//! account's rights first; the pages (app/src/pages/portal) only show what
//! these put in their context. A site an account may not manage is answered
//! exactly like a site that does not exist.

mod access;
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
use crate::sessions::Session;
use crate::startup::ServerState;
use app::i18n::Lang;
use app::portal_model::PortalView;
use axum::extract::Request;
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};

const FORM_LIMIT: usize = 16 * 1024;

/// A posted portal form, its fields in order.
pub(crate) struct Form(Vec<(String, String)>);

impl Form {
    /// The first value of `name`, if sent.
    pub fn value(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    /// The first value of `name`, empty when not sent.
    pub fn text(&self, name: &str) -> &str {
        self.value(name).unwrap_or("")
    }

    /// Every value of `name` (a multiple choice).
    pub fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> {
        self.0
            .iter()
            .filter(move |(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }
}

/// Reads a posted form (the sign-in form, which has no session yet).
pub(crate) async fn read_form(request: Request) -> (Parts, Form) {
    let (parts, body) = request.into_parts();
    let bytes = axum::body::to_bytes(body, FORM_LIMIT)
        .await
        .unwrap_or_default();
    let fields = form_urlencoded::parse(&bytes).into_owned().collect();
    (parts, Form(fields))
}

/// Reads a posted form and refuses it (403, with a page saying so in the
/// user's language) unless it carries the session's anti-forgery token.
pub(crate) async fn genuine_form(
    state: &ServerState,
    session: &Session,
    request: Request,
) -> Result<(Parts, Form), Response> {
    let (parts, form) = read_form(request).await;
    if !session.form_is_genuine(form.value("csrf")) {
        return Err(render(state, parts, PortalView::FormExpired, StatusCode::FORBIDDEN).await);
    }
    Ok((parts, form))
}

pub(crate) fn to_login(lang: Lang) -> Response {
    Redirect::to(&format!("/{}/staff/login", lang.code())).into_response()
}

pub(crate) fn internal(error: anyhow::Error) -> Response {
    tracing::error!(%error, "portal request failed");
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
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
