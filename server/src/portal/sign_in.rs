//! Signing in and out, and the signed-in account's start page.

use super::access::SignedIn;
use super::{genuine_form, internal, lang_name, managed_sites, read_form, to_login};
use crate::accounts::{self};
use crate::page_render::render;
use crate::sessions::{self};
use crate::startup::ServerState;
use app::i18n::Lang;
use app::portal_model::{PortalHome, PortalView};
use axum::extract::{Path, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};

/// `GET /{lang}/staff/login`.
pub async fn login_form(
    State(state): State<ServerState>,
    Path(lang): Path<String>,
    request: Request,
) -> Response {
    if Lang::from_code(&lang).is_none() {
        return StatusCode::NOT_FOUND.into_response();
    }
    let (parts, _) = request.into_parts();
    render(
        &state,
        parts,
        PortalView::Login { problem: None },
        StatusCode::OK,
    )
    .await
}

/// `POST /{lang}/staff/login`: at most 5 tries per username per 15 minutes.
pub async fn login(
    State(state): State<ServerState>,
    Path(lang): Path<String>,
    request: Request,
) -> Response {
    let Some(lang) = Lang::from_code(&lang) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let (parts, form) = read_form(request).await;
    let username = form.text("username").trim().to_lowercase();
    let password = form.text("password");
    let refuse = |key: &str| PortalView::Login {
        problem: Some(key.to_string()),
    };
    if state.app.login_limit.blocked(&username) {
        return render(
            &state,
            parts,
            refuse("portal-login-locked"),
            StatusCode::TOO_MANY_REQUESTS,
        )
        .await;
    }
    let account = match accounts::find(&state.app.pool, &username).await {
        Ok(account) => account,
        Err(error) => return internal(error),
    };
    let signed_in =
        account.filter(|a| !a.disabled && accounts::password_matches(password, &a.password_hash));
    let Some(account) = signed_in else {
        state.app.login_limit.record(username);
        return render(
            &state,
            parts,
            refuse("portal-login-failed"),
            StatusCode::UNAUTHORIZED,
        )
        .await;
    };
    match sessions::start(&state.app.pool, account.id, state.app.secure_cookies).await {
        Ok(cookie) => {
            let mut response = Redirect::to(&format!("/{}/staff", lang.code())).into_response();
            if let Ok(value) = HeaderValue::from_str(&cookie) {
                response.headers_mut().insert(header::SET_COOKIE, value);
            }
            response
        }
        Err(error) => internal(error),
    }
}

/// `POST /{lang}/staff/logout`.
pub async fn logout(
    State(state): State<ServerState>,
    SignedIn { lang, session }: SignedIn,
    request: Request,
) -> Response {
    if let Err(refused) = genuine_form(&state, &session, request).await {
        return refused;
    }
    if let Err(error) = session.end(&state.app.pool).await {
        return internal(error);
    }
    let mut response = to_login(lang);
    if let Ok(value) = HeaderValue::from_str(&sessions::clearing_cookie(state.app.secure_cookies)) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    response
}

/// `GET /{lang}/staff`: the account's sites.
pub async fn home(
    State(state): State<ServerState>,
    SignedIn { lang, session }: SignedIn,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let ids = match managed_sites(&state, &session.account).await {
        Ok(ids) => ids,
        Err(error) => return internal(error),
    };
    let directory = state.app.directory();
    let sites = ids
        .iter()
        .filter_map(|id| directory.site(id))
        .map(|site| (site.id.clone(), lang_name(&site.names, lang)))
        .collect();
    let view = PortalView::Home(PortalHome {
        username: session.account.username.clone(),
        role: session.account.role.clone(),
        sites,
        csrf: session.csrf.clone(),
    });
    render(&state, parts, view, StatusCode::OK).await
}
