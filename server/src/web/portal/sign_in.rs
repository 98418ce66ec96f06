//! Signing in and out, and the signed-in account's start page.

use super::access::{Posted, SignedIn};
use super::{cookie, sign_in_form, to_login};
use crate::services::accounts::{self, managed_sites};
use crate::web::WebState;
use crate::web::client::ClientAddress;
use crate::web::error::{failed, internal, refusal};
use crate::web::form::LangForm;
use crate::web::render;
use app::portal_model::{LoginPage, PortalHome};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use vocabulary::{Lang, paths};

/// `GET /{lang}/staff/login`.
pub async fn login_form(State(state): State<WebState>, Path(lang): Path<String>) -> Response {
    let Some(lang) = Lang::from_code(&lang) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    login_page(&state, lang, None, StatusCode::OK).await
}

/// The sign-in form, with a fresh anti-forgery token and its cookie.
async fn login_page(
    state: &WebState,
    lang: Lang,
    problem: Option<&str>,
    status: StatusCode,
) -> Response {
    let (token, cookie) = sign_in_form::issue(&state.app);
    let problem = problem.map(str::to_string);
    let view = LoginPage { problem, token };
    let at = paths::LOGIN.at(lang);
    sign_in_form::add(render::portal(state, lang, at, view, status).await, &cookie)
}

/// `POST /{lang}/staff/login`: refused (403, nothing counted) without the
/// login page's own anti-forgery token; at most 5 tries per username and
/// client per 15 minutes, and 50 per username from every client together.
pub async fn login(
    State(state): State<WebState>,
    client: ClientAddress,
    LangForm { lang, parts, form }: LangForm,
) -> Response {
    if !sign_in_form::is_genuine(&state.app, &parts.headers, form.value("sign_in_token")) {
        let problem = Some("portal-sign-in-form-expired");
        return login_page(&state, lang, problem, StatusCode::FORBIDDEN).await;
    }
    let (username, password) = (form.text("username"), form.text("password"));
    match accounts::sign_in(&state.app, &client.key(), username, password).await {
        Ok(token) => {
            let home = Redirect::to(&format!("/{}/staff", lang.code())).into_response();
            let home = cookie::set(home, &cookie::starting(&token, state.app.secure_cookies));
            sign_in_form::add(home, &sign_in_form::cleared(&state.app))
        }
        Err(error) => match refusal(&error) {
            Some((key, status)) => login_page(&state, lang, Some(key), status).await,
            None => failed(),
        },
    }
}

/// `POST /{lang}/staff/logout`.
pub async fn logout(
    State(state): State<WebState>,
    Posted {
        who: SignedIn { lang, session },
        ..
    }: Posted<SignedIn>,
) -> Response {
    if let Err(error) = accounts::sign_out(&state.app, &session).await {
        return internal(error);
    }
    cookie::set(to_login(lang), &cookie::ending(state.app.secure_cookies))
}

/// `GET /{lang}/staff`: the account's sites.
pub async fn home(State(state): State<WebState>, SignedIn { lang, session }: SignedIn) -> Response {
    let ids = match managed_sites(&state.app, &session.account).await {
        Ok(ids) => ids,
        Err(error) => return internal(error),
    };
    let directory = state.app.directory();
    let sites = ids
        .iter()
        .filter_map(|id| directory.site(id))
        .map(|site| (site.id.clone(), site.name(lang)))
        .collect();
    let view = PortalHome {
        username: session.account.username.clone(),
        role: session.account.role,
        sites,
        csrf: session.csrf.clone(),
    };
    render::portal(&state, lang, paths::HOME.at(lang), view, StatusCode::OK).await
}
