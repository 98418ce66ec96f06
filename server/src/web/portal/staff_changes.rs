//! The list of changes by sites' own staff to their address, coordinates
//! or phone: admins see every one, coordinators those at sites of their
//! regions, and confirm or undo them. Any other account, or a site outside
//! the coordinator's regions, is answered as if it did not exist.

use super::access::Keeper;
use super::site_editor::SiteAddress;
use crate::db::DbError;
use crate::services::staff_changes::{self, Verdict};
use crate::web::WebState;
use crate::web::form::CsrfForm;
use crate::web::page_error::{PageError, PageResult, refused};
use crate::web::render;
use app::portal_model::{SiteChangeRow, SiteChangesView};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use vocabulary::forms::ReviewForm;
use vocabulary::paths;

/// The changes waiting at sites of the keeper's regions.
async fn list(state: &WebState, keeper: &Keeper) -> Result<SiteChangesView, DbError> {
    let allowed = |city: &str| keeper.covers(state, city);
    let waiting = staff_changes::waiting(&state.app, &allowed).await?;
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

async fn answer(
    state: &WebState,
    keeper: &Keeper,
    view: SiteChangesView,
    status: StatusCode,
) -> PageResult {
    let at = paths::SITE_CHANGES.at(keeper.lang);
    let page = view;
    Ok(render::portal(state, keeper.lang, at, page, status).await)
}

/// `GET /{lang}/staff/site-changes`.
pub async fn page(State(state): State<WebState>, keeper: Keeper) -> PageResult {
    let view = list(&state, &keeper).await?;
    answer(&state, &keeper, view, StatusCode::OK).await
}

impl TryFrom<&ReviewForm> for Verdict {
    type Error = PageError;

    /// 422 for a verdict no page sends.
    fn try_from(form: &ReviewForm) -> Result<Verdict, PageError> {
        match form.verdict.as_str() {
            "confirm" => Ok(Verdict::Confirm),
            "undo" => Ok(Verdict::Undo),
            _ => Err(PageError::Status(StatusCode::UNPROCESSABLE_ENTITY)),
        }
    }
}

/// `POST /{lang}/staff/site-changes/{id}`: `verdict=confirm` or `undo`.
pub async fn review(
    State(state): State<WebState>,
    Path(SiteAddress { id }): Path<SiteAddress>,
    keeper: Keeper,
    CsrfForm(form): CsrfForm<ReviewForm>,
) -> PageResult {
    let verdict = Verdict::try_from(&form)?;
    let allowed = |city: &str| keeper.covers(&state, city);
    let actor = keeper.session.actor();
    let reviewed = staff_changes::review(&state.app, actor, &id, verdict, &allowed).await;
    let (message, status) = match (reviewed, verdict) {
        (Ok(()), Verdict::Confirm) => ("portal-site-changes-confirmed", StatusCode::OK),
        (Ok(()), Verdict::Undo) => ("portal-site-changes-undone", StatusCode::OK),
        (Err(error), _) => match refused(error)? {
            (_, status) if status == StatusCode::NOT_FOUND => {
                return Err(PageError::Status(status));
            }
            (_, status) => ("portal-site-changes-unrestorable", status),
        },
    };
    let mut view = list(&state, &keeper).await?;
    view.message = Some(message.into());
    answer(&state, &keeper, view, status).await
}
