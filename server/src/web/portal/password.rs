//! Changing one's own password: the current one first, then a new one of
//! at least 12 characters, twice. Other sign-ins of the account end.

use super::access::SignedIn;
use crate::services::accounts;
use crate::web::WebState;
use crate::web::error::refusal;
use crate::web::form::genuine_form;
use crate::web::render::render;
use app::portal_model::PortalView;
use axum::extract::{Request, State};
use axum::http::StatusCode;
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
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
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
    SignedIn { session, .. }: SignedIn,
    request: Request,
) -> Response {
    let (parts, form) = match genuine_form(&state, &session, request).await {
        Ok(read) => read,
        Err(refused) => return refused,
    };
    let changed = accounts::change_password(
        &state.app,
        &session,
        form.text("current_password"),
        form.text("new_password"),
        form.text("repeat_password"),
    )
    .await;
    let (key, status, done) = match changed {
        Ok(()) => ("portal-password-changed", StatusCode::OK, true),
        Err(error) => match refusal(&error) {
            Ok((key, status)) => (key, status, false),
            Err(failed) => return failed,
        },
    };
    render(&state, parts, view(&session.csrf, Some(key), done), status).await
}
