//! Signing in and out, and the signed-in account's start page.

use super::access::SignedIn;
use super::{cookie, sign_in_form, to_login};
use crate::services::accounts::{self, managed_sites};
use crate::web::WebState;
use crate::web::client::ClientAddress;
use crate::web::form::{CsrfForm, LangForm};
use crate::web::page_error::{PageError, PageResult, refused};
use crate::web::render;
use app::portal_model::{LoginPage, PortalHome};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use vocabulary::forms::{SignInForm, SignOutForm};
use vocabulary::{Lang, paths};

/// `GET /{lang}/staff/login`.
pub async fn login_form(State(state): State<WebState>, Path(lang): Path<String>) -> PageResult {
    let lang = Lang::from_code(&lang).ok_or(PageError::Status(StatusCode::NOT_FOUND))?;
    Ok(login_page(&state, lang, None, StatusCode::OK).await)
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
    let page = render::portal(state, lang, paths::LOGIN.at(lang), view, status).await;
    sign_in_form::add(page, &cookie)
}

/// `POST /{lang}/staff/login`: refused (403, nothing counted) without the
/// login page's own anti-forgery token; at most 5 tries per username and
/// client per 15 minutes, and 50 per username from every client together.
pub async fn login(
    State(state): State<WebState>,
    client: ClientAddress,
    LangForm { lang, parts, form }: LangForm<SignInForm>,
) -> PageResult {
    let token = Some(form.sign_in_token.as_str());
    if !sign_in_form::is_genuine(&state.app, &parts.headers, token) {
        let problem = Some("portal-sign-in-form-expired");
        return Ok(login_page(&state, lang, problem, StatusCode::FORBIDDEN).await);
    }
    let (username, password) = (&form.username, &form.password);
    match accounts::sign_in(&state.app, &client.key(), username, password).await {
        Ok(token) => {
            let home = Redirect::to(&paths::HOME.at(lang)).into_response();
            let home = cookie::set(home, &cookie::starting(&token, state.app.secure_cookies));
            Ok(sign_in_form::add(home, &sign_in_form::cleared(&state.app)))
        }
        Err(error) => {
            let (key, status) = refused(error)?;
            Ok(login_page(&state, lang, Some(key), status).await)
        }
    }
}

/// `POST /{lang}/staff/logout`.
pub async fn logout(
    State(state): State<WebState>,
    SignedIn { lang, session }: SignedIn,
    CsrfForm(SignOutForm {}): CsrfForm<SignOutForm>,
) -> PageResult {
    accounts::sign_out(&state.app, &session).await?;
    Ok(cookie::set(
        to_login(lang),
        &cookie::ending(state.app.secure_cookies),
    ))
}

/// `GET /{lang}/staff`: the account's sites.
pub async fn home(
    State(state): State<WebState>,
    SignedIn { lang, session }: SignedIn,
) -> PageResult {
    let ids = managed_sites(&state.app, &session.account).await?;
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
    let at = paths::HOME.at(lang);
    Ok(render::portal(&state, lang, at, view, StatusCode::OK).await)
}
