//! Adding a site or correcting any field of one, for admins (anywhere) and
//! coordinators (in their regions: the site's settlement, before and
//! after, must be in one of them).

use super::access::{Keeper, Posted};
use crate::domain::site::{Site, SiteRecord};
use crate::services::site_editor::{self, SiteEditError};
use crate::web::WebState;
use crate::web::error::{failed, refusal};
use crate::web::form::Form;
use crate::web::render;
use app::portal_model::SiteEditForm;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use vocabulary::paths;

fn form_of(keeper: &Keeper, record: &SiteRecord, editing: Option<String>) -> SiteEditForm {
    SiteEditForm {
        csrf: keeper.session.csrf.clone(),
        editing,
        fields: SiteRecord::COLUMNS
            .iter()
            .map(|c| {
                (
                    c.to_string(),
                    record.value(c).unwrap_or_default().to_string(),
                )
            })
            .collect(),
        bad: vec![],
        message: None,
    }
}

/// What a new row starts with: the fields almost every row shares.
fn blank() -> SiteRecord {
    SiteRecord {
        precision: "city".into(),
        timezone: "Asia/Almaty".into(),
        checked_on: chrono::Utc::now().date_naive().to_string(),
        demo: "no".into(),
        ..SiteRecord::default()
    }
}

fn typed(form: &Form) -> SiteRecord {
    let mut record = SiteRecord::default();
    for column in SiteRecord::COLUMNS {
        record.set(column, form.text(column).trim().to_string());
    }
    record
}

/// The published site `id` the keeper may correct.
fn kept_site(state: &WebState, keeper: &Keeper, id: &str) -> Option<Site> {
    let site = state.app.directory().site(id).cloned()?;
    keeper.covers(state, &site.city).then_some(site)
}

/// `GET /{lang}/staff/directory/new`.
pub async fn new_form(State(state): State<WebState>, keeper: Keeper) -> Response {
    let form = form_of(&keeper, &blank(), None);
    let at = paths::DIRECTORY_NEW.at(keeper.lang);
    render::portal(&state, keeper.lang, at, form, StatusCode::OK).await
}

/// `GET /{lang}/staff/directory/{id}/edit`.
pub async fn edit_form(
    State(state): State<WebState>,
    Path((_, id)): Path<(String, String)>,
    keeper: Keeper,
) -> Response {
    let Some(site) = kept_site(&state, &keeper, &id) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let at = paths::DIRECTORY_EDIT.of(keeper.lang, &id);
    let form = form_of(&keeper, &site.to_record(), Some(id));
    render::portal(&state, keeper.lang, at, form, StatusCode::OK).await
}

/// `POST /{lang}/staff/directory/new`.
pub async fn add(State(state): State<WebState>, posted: Posted<Keeper>) -> Response {
    save(&state, posted, None).await
}

/// `POST /{lang}/staff/directory/{id}/edit`.
pub async fn correct(
    State(state): State<WebState>,
    Path((_, id)): Path<(String, String)>,
    posted: Posted<Keeper>,
) -> Response {
    let Some(site) = kept_site(&state, &posted.who, &id) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    save(&state, posted, Some(site)).await
}

async fn save(
    state: &WebState,
    Posted { who, form, .. }: Posted<Keeper>,
    existing: Option<Site>,
) -> Response {
    let record = typed(&form);
    let editing = existing.as_ref().map(|s| s.id.clone());
    let at = match &editing {
        Some(id) => paths::DIRECTORY_EDIT.of(who.lang, id),
        None => paths::DIRECTORY_NEW.at(who.lang),
    };
    let mut view = form_of(&who, &record, editing.clone());
    let allowed = |city: &str| who.covers(state, city);
    let actor = who.session.actor();
    let saved = site_editor::save(&state.app, actor, &record, existing.as_ref(), &allowed).await;
    let status = match saved {
        Ok(site) => {
            view.message = Some(
                if editing.is_some() {
                    "portal-site-edited"
                } else {
                    "portal-site-added"
                }
                .into(),
            );
            view.editing = Some(site.id);
            StatusCode::OK
        }
        Err(error) => match refusal(&error) {
            Some((_, status)) => {
                if let SiteEditError::Refused(problems) = &error {
                    view.bad = SiteRecord::refused_columns(problems);
                }
                status
            }
            None => return failed(),
        },
    };
    render::portal(state, who.lang, at, view, status).await
}
