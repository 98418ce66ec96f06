//! The directory page of admins (every region) and coordinators (their
//! regions): sites least recently checked first, closing and reopening. A
//! site outside the keeper's regions is answered as if it did not exist,
//! and so is the page to anyone else.

use super::access::Keeper;
use super::site_editor::SiteAddress;
use crate::domain::sites::site::Names;
use crate::services::closing::{self, ClosingError};
use crate::web::WebState;
use crate::web::form::CsrfForm;
use crate::web::page_error::{PageError, PageResult, refused};
use crate::web::present::place::city_name;
use crate::web::render;
use app::portal_model::{ClosedRow, DirectoryRow, DirectoryView};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use vocabulary::forms::ButtonForm;
use vocabulary::paths;

async fn view_of(state: &WebState, keeper: &Keeper) -> Result<DirectoryView, ClosingError> {
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
        .await?
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
pub async fn page(State(state): State<WebState>, keeper: Keeper) -> PageResult {
    let view = view_of(&state, &keeper).await?;
    answer(&state, &keeper, view, StatusCode::OK).await
}

/// `POST /{lang}/staff/directory/{id}/close`: unpublished at once; the page
/// lists the bookings still to come that this affects.
pub async fn close(
    State(state): State<WebState>,
    Path(SiteAddress { id }): Path<SiteAddress>,
    keeper: Keeper,
    CsrfForm(ButtonForm {}): CsrfForm<ButtonForm>,
) -> PageResult {
    let site = state.app.directory().site(&id).cloned();
    let site = site
        .filter(|s| keeper.covers(&state, &s.city))
        .ok_or(PageError::Status(StatusCode::NOT_FOUND))?;
    let now = state.app.now();
    let closed = closing::close(&state.app, keeper.session.actor(), &id, now).await;
    let (message, affected, status) = match closed {
        Ok(starts) => {
            let affected = starts
                .iter()
                .map(|start| {
                    let local = start.with_timezone(&site.timezone);
                    local.format("%Y-%m-%d %H:%M").to_string()
                })
                .collect();
            ("portal-directory-closed-done", affected, StatusCode::OK)
        }
        Err(error) => {
            let (key, status) = refused(error)?;
            (key, vec![], status)
        }
    };
    let mut view = view_of(&state, &keeper).await?;
    view.message = Some(message.to_string());
    view.affected = affected;
    answer(&state, &keeper, view, status).await
}

/// `POST /{lang}/staff/directory/{id}/reopen`: published again at once.
pub async fn reopen(
    State(state): State<WebState>,
    Path(SiteAddress { id }): Path<SiteAddress>,
    keeper: Keeper,
    CsrfForm(ButtonForm {}): CsrfForm<ButtonForm>,
) -> PageResult {
    let closed = closing::closed(&state.app).await?;
    if !closed
        .iter()
        .any(|s| s.id == id && keeper.covers(&state, &s.city))
    {
        return Err(PageError::Status(StatusCode::NOT_FOUND));
    }
    let reopened = closing::reopen(&state.app, keeper.session.actor(), &id).await;
    let (message, status) = match reopened {
        Ok(()) => ("portal-directory-reopened", StatusCode::OK),
        Err(error) => refused(error)?,
    };
    let mut view = view_of(&state, &keeper).await?;
    view.message = Some(message.to_string());
    answer(&state, &keeper, view, status).await
}

/// The directory page showing `view`: every answer of this file.
async fn answer(
    state: &WebState,
    keeper: &Keeper,
    view: DirectoryView,
    status: StatusCode,
) -> PageResult {
    let at = paths::DIRECTORY.at(keeper.lang);
    let page = view;
    Ok(render::portal(state, keeper.lang, at, page, status).await)
}
