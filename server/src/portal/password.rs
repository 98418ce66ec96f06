//! Changing one's own password: the current one first, then a new one of
//! at least 12 characters, twice. Other sign-ins of the account end.

use super::access::SignedIn;
use super::{genuine_form, internal};
use crate::accounts;
use crate::domain::account::check_password;
use crate::page_render::render;
use crate::startup::ServerState;
use app::portal_model::PortalView;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::response::Response;

/// `GET /{lang}/staff/password`.
pub async fn form(
    State(state): State<ServerState>,
    SignedIn { lang: _, session }: SignedIn,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let view = PortalView::Password {
        csrf: session.csrf.clone(),
        message: None,
        changed: false,
    };
    render(&state, parts, view, StatusCode::OK).await
}

/// `POST /{lang}/staff/password`.
pub async fn change(
    State(state): State<ServerState>,
    SignedIn { lang: _, session }: SignedIn,
    request: Request,
) -> Response {
    let (parts, form) = match genuine_form(&state, &session, request).await {
        Ok(read) => read,
        Err(refused) => return refused,
    };
    let field = |name: &str| form.text(name).to_string();
    let new = field("new_password");
    let limit = &state.app.login_limit;
    let username = &session.account.username;
    let refused = if limit.blocked(username) {
        Some(("portal-login-locked", StatusCode::TOO_MANY_REQUESTS))
    } else if !accounts::password_matches(
        &field("current_password"),
        &session.account.password_hash,
    ) {
        limit.record(username.clone());
        Some(("portal-password-wrong", StatusCode::UNPROCESSABLE_ENTITY))
    } else if let Err(error) = check_password(&new) {
        Some((error.message_key(), StatusCode::UNPROCESSABLE_ENTITY))
    } else if new != field("repeat_password") {
        Some(("portal-password-mismatch", StatusCode::UNPROCESSABLE_ENTITY))
    } else {
        None
    };
    if let Some((key, status)) = refused {
        let view = PortalView::Password {
            csrf: session.csrf.clone(),
            message: Some(key.into()),
            changed: false,
        };
        return render(&state, parts, view, status).await;
    }
    let saved = async {
        let hash = accounts::hash_password(&new)?;
        accounts::set_password_hash(&state.app.pool, session.account.id, &hash).await?;
        session.end_others(&state.app.pool).await?;
        accounts::audit(
            &state.app.pool,
            session.account.id,
            "password-changed",
            None,
            "",
        )
        .await
    };
    if let Err(error) = saved.await {
        return internal(error);
    }
    let view = PortalView::Password {
        csrf: session.csrf.clone(),
        message: Some("portal-password-changed".into()),
        changed: true,
    };
    render(&state, parts, view, StatusCode::OK).await
}
