//! Changing one's own password: the current one first, then a new one of
//! at least 12 characters, twice. Other sign-ins of the account end.

use super::access::SignedIn;
use crate::services::accounts;
use crate::web::WebState;
use crate::web::client::ClientAddress;
use crate::web::form::CsrfForm;
use crate::web::page_error::{PageResult, refused};
use crate::web::render;
use app::portal_model::PasswordPage;
use axum::extract::State;
use axum::http::StatusCode;
use vocabulary::forms::PasswordForm;
use vocabulary::paths;

fn view(csrf: &str, message: Option<&str>, changed: bool) -> PasswordPage {
    PasswordPage {
        csrf: csrf.to_string(),
        message: message.map(str::to_string),
        changed,
    }
}

/// `GET /{lang}/staff/password`.
pub async fn form(State(state): State<WebState>, who: SignedIn) -> PageResult {
    let page = view(&who.session.csrf, None, false);
    let at = paths::PASSWORD.at(who.lang);
    Ok(render::portal(&state, who.lang, at, page, StatusCode::OK).await)
}

/// `POST /{lang}/staff/password`.
pub async fn change(
    State(state): State<WebState>,
    client: ClientAddress,
    SignedIn { lang, session }: SignedIn,
    CsrfForm(form): CsrfForm<PasswordForm>,
) -> PageResult {
    let changed = accounts::change_password(
        &state.app,
        &session,
        &client.key(),
        &form.current_password,
        &form.new_password,
        &form.repeat_password,
    )
    .await;
    let (key, status, done) = match changed {
        Ok(()) => ("portal-password-changed", StatusCode::OK, true),
        Err(error) => {
            let (key, status) = refused(error)?;
            (key, status, false)
        }
    };
    let page = view(&session.csrf, Some(key), done);
    let at = paths::PASSWORD.at(lang);
    Ok(render::portal(&state, lang, at, page, status).await)
}
