//! The directory page of admins (every region) and coordinators (their
//! regions): sites least recently checked first, closing and reopening. A
//! site outside the keeper's regions is answered as if it did not exist,
//! and so is the page to anyone else.

use super::access::{Keeper, Posted};
use crate::domain::site::Names;
use crate::services::closing;
use crate::web::WebState;
use crate::web::error::{failed, internal, refusal};
use crate::web::present::place::city_name;
use crate::web::render;
use app::portal_model::{ClosedRow, DirectoryRow, DirectoryView};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use vocabulary::paths;

async fn view_of(state: &WebState, keeper: &Keeper) -> Result<DirectoryView, Response> {
    let (lang, session) = (keeper.lang, &keeper.session);
    let app = &state.app;
    let today = state.app.now().date_naive();
    let directory = app.directory();
    let mut sites: Vec<DirectoryRow> = directory
        .sites()
        .iter()
        .filter(|site| keeper.covers(state, &site.city))
        .map(|site| DirectoryRow {
            id: site.id.clone(),
            name: site.name(lang),
            city: city_name(app, &site.city, lang),
            last_checked: site.last_checked().to_string(),
            stale: site
                .not_checked_since(today, app.stale_after_days)
                .is_some(),
        })
        .collect();
    sites.sort_by(|a, b| {
        a.last_checked
            .cmp(&b.last_checked)
            .then(a.name.cmp(&b.name))
    });
    let closed = closing::closed(app)
        .await
        .map_err(internal)?
        .into_iter()
        .filter(|site| keeper.covers(state, &site.city))
        .map(|site| ClosedRow {
            name: Names {
                ru: site.name_ru,
                kk: site.name_kk,
                en: site.name_en,
            }
            .get(lang)
            .to_string(),
            id: site.id,
            closed_on: site.closed_on,
        })
        .collect();
    Ok(DirectoryView {
        csrf: session.csrf.clone(),
        sites,
        closed,
        message: None,
        affected: vec![],
    })
}

/// `GET /{lang}/staff/directory`.
pub async fn page(State(state): State<WebState>, keeper: Keeper) -> Response {
    match view_of(&state, &keeper).await {
        Ok(view) => {
            render::portal(
                &state,
                keeper.lang,
                paths::DIRECTORY.at(keeper.lang),
                view,
                StatusCode::OK,
            )
            .await
        }
        Err(response) => response,
    }
}

/// `POST /{lang}/staff/directory/{id}/close`: unpublished at once; the page
/// lists the bookings still to come that this affects.
pub async fn close(
    State(state): State<WebState>,
    Path((_, id)): Path<(String, String)>,
    posted: Posted<Keeper>,
) -> Response {
    let site = state.app.directory().site(&id).cloned();
    if !site
        .as_ref()
        .is_some_and(|s| posted.who.covers(&state, &s.city))
    {
        return StatusCode::NOT_FOUND.into_response();
    }
    let now = state.app.now();
    let closed = closing::close(&state.app, posted.who.session.actor(), &id, now).await;
    let (message, affected, status) = match closed {
        Ok(starts) => {
            let tz = site.map_or(chrono_tz::UTC, |s| s.timezone);
            let affected = starts
                .iter()
                .map(|start| {
                    start
                        .with_timezone(&tz)
                        .format("%Y-%m-%d %H:%M")
                        .to_string()
                })
                .collect();
            ("portal-directory-closed-done", affected, StatusCode::OK)
        }
        Err(error) => match refusal(&error) {
            Some((key, status)) => (key, vec![], status),
            None => return failed(),
        },
    };
    answer(&state, posted, message, affected, status).await
}

/// `POST /{lang}/staff/directory/{id}/reopen`: published again at once.
pub async fn reopen(
    State(state): State<WebState>,
    Path((_, id)): Path<(String, String)>,
    posted: Posted<Keeper>,
) -> Response {
    let closed = match closing::closed(&state.app).await {
        Ok(closed) => closed,
        Err(error) => return internal(error),
    };
    if !closed
        .iter()
        .any(|s| s.id == id && posted.who.covers(&state, &s.city))
    {
        return StatusCode::NOT_FOUND.into_response();
    }
    let reopened = closing::reopen(&state.app, posted.who.session.actor(), &id).await;
    let (message, status) = match reopened {
        Ok(()) => ("portal-directory-reopened", StatusCode::OK),
        Err(error) => match refusal(&error) {
            Some((key, status)) => (key, status),
            None => return failed(),
        },
    };
    answer(&state, posted, message, vec![], status).await
}

async fn answer(
    state: &WebState,
    Posted { who, .. }: Posted<Keeper>,
    message: &str,
    affected: Vec<String>,
    status: StatusCode,
) -> Response {
    let mut view = match view_of(state, &who).await {
        Ok(view) => view,
        Err(response) => return response,
    };
    view.message = Some(message.to_string());
    view.affected = affected;
    render::portal(state, who.lang, paths::DIRECTORY.at(who.lang), view, status).await
}
