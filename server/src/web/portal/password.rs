//! Changing one's own password: the current one first, then a new one of
//! at least 12 characters, twice. Other sign-ins of the account end.

use super::access::{Posted, SignedIn};
use crate::services::accounts;
use crate::web::WebState;
use crate::web::client::ClientAddress;
use crate::web::error::{failed, refusal};
use crate::web::render::render;
use app::portal_model::PortalView;
use axum::extract::State;
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::Response;

fn view(csrf: &str, message: Option<&str>, changed: bool) -> PortalView {
    PortalView::Password {
        csrf: csrf.to_string(),
        message: message.map(str::to_string),
        changed,
    }
}

/// `GET /{lang}/staff/password`.
pub async fn form(
    State(state): State<WebState>,
    SignedIn { session, .. }: SignedIn,
    parts: Parts,
) -> Response {
    render(
        &state,
        parts,
        view(&session.csrf, None, false),
        StatusCode::OK,
    )
    .await
}

/// `POST /{lang}/staff/password`.
pub async fn change(
    State(state): State<WebState>,
    client: ClientAddress,
    Posted {
        who: SignedIn { session, .. },
        parts,
        form,
    }: Posted<SignedIn>,
) -> Response {
    let changed = accounts::change_password(
        &state.app,
        &session,
        &client.key(),
        form.text("current_password"),
        form.text("new_password"),
        form.text("repeat_password"),
    )
    .await;
    let (key, status, done) = match changed {
        Ok(()) => ("portal-password-changed", StatusCode::OK, true),
        Err(error) => match refusal(&error) {
            Some((key, status)) => (key, status, false),
            None => return failed(),
        },
    };
    render(&state, parts, view(&session.csrf, Some(key), done), status).await
}
