//! The list of changes by sites' own staff to their address, coordinates
//! or phone: admins see every one, coordinators those at sites of their
//! regions, and confirm or undo them. Any other account, or a site outside
//! the coordinator's regions, is answered as if it did not exist.

use super::access::{Keeper, Posted};
use crate::services::staff_changes::{self, Verdict};
use crate::web::WebState;
use crate::web::error::{failed, internal, refusal};
use crate::web::render;
use app::portal_model::{SiteChangeRow, SiteChangesView};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use vocabulary::paths;

/// The changes waiting at sites of the keeper's regions.
async fn list(state: &WebState, keeper: &Keeper) -> Result<SiteChangesView, Response> {
    let allowed = |city: &str| keeper.covers(state, city);
    let waiting = staff_changes::waiting(&state.app, &allowed)
        .await
        .map_err(internal)?;
    let changes = waiting
        .into_iter()
        .map(|change| SiteChangeRow {
            site_id: change.site.id.clone(),
            site: change.site.name(keeper.lang),
            changed_on: change.changed_on,
            lines: change.lines,
        })
        .collect();
    Ok(SiteChangesView {
        csrf: keeper.session.csrf.clone(),
        changes,
        message: None,
    })
}

/// `GET /{lang}/staff/site-changes`.
pub async fn page(State(state): State<WebState>, keeper: Keeper) -> Response {
    match list(&state, &keeper).await {
        Ok(view) => {
            render::portal(
                &state,
                keeper.lang,
                paths::SITE_CHANGES.at(keeper.lang),
                view,
                StatusCode::OK,
            )
            .await
        }
        Err(response) => response,
    }
}

/// `POST /{lang}/staff/site-changes/{site_id}`: `verdict=confirm` or `undo`.
pub async fn review(
    State(state): State<WebState>,
    Path((_, site_id)): Path<(String, String)>,
    Posted { who, form, .. }: Posted<Keeper>,
) -> Response {
    let verdict = match form.text("verdict") {
        "confirm" => Verdict::Confirm,
        "undo" => Verdict::Undo,
        _ => return StatusCode::UNPROCESSABLE_ENTITY.into_response(),
    };
    let allowed = |city: &str| who.covers(&state, city);
    let actor = who.session.actor();
    let reviewed = staff_changes::review(&state.app, actor, &site_id, verdict, &allowed).await;
    let status = match &reviewed {
        Ok(()) => StatusCode::OK,
        Err(error) => match refusal(error) {
            Some((_, status)) if status == StatusCode::NOT_FOUND => return status.into_response(),
            Some((_, status)) => status,
            None => return failed(),
        },
    };
    let mut view = match list(&state, &who).await {
        Ok(view) => view,
        Err(response) => return response,
    };
    view.message = Some(
        match (&reviewed, verdict) {
            (Err(_), _) => "portal-site-changes-unrestorable",
            (Ok(()), Verdict::Confirm) => "portal-site-changes-confirmed",
            (Ok(()), Verdict::Undo) => "portal-site-changes-undone",
        }
        .into(),
    );
    render::portal(
        &state,
        who.lang,
        paths::SITE_CHANGES.at(who.lang),
        view,
        status,
    )
    .await
}
