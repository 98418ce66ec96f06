//! Adding a site or correcting any field of one, for admins (anywhere) and
//! coordinators (in their regions: the site's settlement, before and
//! after, must be in one of them).

use super::access::Keeper;
use crate::domain::sites::site::{Site, SiteRecord};
use crate::services::site_editor::{self, SiteEditError};
use crate::web::WebState;
use crate::web::form::CsrfForm;
use crate::web::page_error::{PageError, PageResult, refused};
use crate::web::render;
use app::portal_model::SiteEditForm;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde::Deserialize;
use vocabulary::forms::{Column, SiteForm};
use vocabulary::paths;

fn form_of(keeper: &Keeper, record: &SiteRecord, editing: Option<String>) -> SiteEditForm {
    SiteEditForm {
        csrf: keeper.session.csrf.clone(),
        editing,
        fields: Column::ALL
            .iter()
            .map(|c| (c.code().to_string(), record.value(*c).to_string()))
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

/// The row as typed into the editor, every column trimmed.
fn typed(form: &SiteForm) -> SiteRecord {
    let mut record = SiteRecord::default();
    for column in Column::ALL {
        record.set(*column, form.value(*column).to_string());
    }
    record
}

/// The address of a site in the editor: `/{lang}/staff/directory/{id}/edit`.
#[derive(Deserialize)]
pub struct SiteAddress {
    pub id: String,
}

/// The published site `id` the keeper may correct; 404 for any other,
/// like a site that does not exist.
fn kept_site(state: &WebState, keeper: &Keeper, id: &str) -> Result<Site, PageError> {
    let site = state.app.directory().site(id).cloned();
    site.filter(|site| keeper.covers(state, &site.city))
        .ok_or(PageError::Status(StatusCode::NOT_FOUND))
}

/// The editor's address: a new site's, or the one of site `editing`.
fn address(keeper: &Keeper, editing: Option<&str>) -> String {
    match editing {
        Some(id) => paths::DIRECTORY_EDIT.of(keeper.lang, id),
        None => paths::DIRECTORY_NEW.at(keeper.lang),
    }
}

async fn answer(
    state: &WebState,
    keeper: &Keeper,
    at: String,
    form: SiteEditForm,
    status: StatusCode,
) -> PageResult {
    let page = form;
    Ok(render::portal(state, keeper.lang, at, page, status).await)
}

/// `GET /{lang}/staff/directory/new`.
pub async fn new_form(State(state): State<WebState>, keeper: Keeper) -> PageResult {
    let form = form_of(&keeper, &blank(), None);
    let at = address(&keeper, None);
    answer(&state, &keeper, at, form, StatusCode::OK).await
}

/// `GET /{lang}/staff/directory/{id}/edit`.
pub async fn edit_form(
    State(state): State<WebState>,
    Path(SiteAddress { id }): Path<SiteAddress>,
    keeper: Keeper,
) -> PageResult {
    let site = kept_site(&state, &keeper, &id)?;
    let at = address(&keeper, Some(&id));
    let form = form_of(&keeper, &site.to_record(), Some(id));
    answer(&state, &keeper, at, form, StatusCode::OK).await
}

/// `POST /{lang}/staff/directory/new`.
pub async fn add(
    State(state): State<WebState>,
    keeper: Keeper,
    CsrfForm(form): CsrfForm<SiteForm>,
) -> PageResult {
    save(&state, &keeper, &form, None).await
}

/// `POST /{lang}/staff/directory/{id}/edit`.
pub async fn correct(
    State(state): State<WebState>,
    Path(SiteAddress { id }): Path<SiteAddress>,
    keeper: Keeper,
    CsrfForm(form): CsrfForm<SiteForm>,
) -> PageResult {
    let site = kept_site(&state, &keeper, &id)?;
    save(&state, &keeper, &form, Some(site)).await
}

async fn save(
    state: &WebState,
    keeper: &Keeper,
    form: &SiteForm,
    existing: Option<Site>,
) -> PageResult {
    let record = typed(form);
    let editing = existing.as_ref().map(|s| s.id.clone());
    let mut view = form_of(keeper, &record, editing.clone());
    let allowed = |city: &str| keeper.covers(state, city);
    let actor = keeper.session.actor();
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
        Err(error) => {
            if let SiteEditError::Refused(problems) = &error {
                for column in problems.iter().map(|p| p.column.code().to_string()) {
                    if !view.bad.contains(&column) {
                        view.bad.push(column);
                    }
                }
            }
            refused(error)?.1
        }
    };
    // Answered at the address the form was posted to.
    let at = address(keeper, existing.as_ref().map(|site| site.id.as_str()));
    answer(state, keeper, at, view, status).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use vocabulary::forms::ProfileForm;
    use vocabulary::{Service, SpokenLang};

    #[test]
    fn the_editor_form_is_read_column_by_column() {
        let body = "csrf=t&id=+taraz-new+&city=Taraz&notes=ignored";
        let form: SiteForm = serde_html_form::from_str(body).unwrap();
        let record = typed(&form);
        assert_eq!(record.id, "taraz-new");
        assert_eq!(record.value(Column::City), "Taraz");
        assert_eq!(record.phone, "");
    }

    #[test]
    fn the_profile_form_reads_repeated_languages_and_prices() {
        let body = "csrf=t&name_en=Clinic&service-prep=free&language=kk&language=ru&notes=hi";
        let form: ProfileForm = serde_html_form::from_str(body).unwrap();
        assert_eq!(form.value(Column::NameEn), "Clinic");
        assert_eq!(form.price(Service::Prep), "free");
        assert_eq!(form.languages, [SpokenLang::Kk, SpokenLang::Ru]);
        assert_eq!(form.notes, "hi");
    }
}
