//! A site's profile, edited by its staff: names, address, location,
//! services (free or paid), ID, anonymous testing, languages, phone and a
//! note. The form is the site's record; the service checks it.

use super::access::KeptSite;
use crate::domain::access::account::Role;
use crate::domain::sites::site::{Site, SiteRecord};
use crate::domain::sites::site_fields::SiteProblem;
use crate::services::profile::{self, ProfileError};
use crate::web::WebState;
use crate::web::form::CsrfForm;
use crate::web::page_error::{PageResult, refused};
use crate::web::render;
use app::portal_model::ProfileForm;
use axum::extract::State;
use axum::http::StatusCode;
use vocabulary::forms::{self, Column};
use vocabulary::{Service, paths};

/// The form showing `record` (stored, or as typed).
fn form_of(kept: &KeptSite, site: &Site, record: SiteRecord, notes: &str) -> ProfileForm {
    let price = |service: Service| {
        record
            .services
            .split('|')
            .find_map(|item| item.strip_prefix(&format!("{}:", service.code())))
            .unwrap_or("")
            .to_string()
    };
    ProfileForm {
        site_id: site.id.clone(),
        site_name: site.name(kept.lang),
        csrf: kept.session.csrf.clone(),
        services: Service::ALL
            .iter()
            .map(|s| (s.code().to_string(), price(*s)))
            .collect(),
        languages: record
            .languages
            .split('|')
            .filter(|code| !code.is_empty())
            .map(str::to_string)
            .collect(),
        name_ru: record.name_ru,
        name_kk: record.name_kk,
        name_en: record.name_en,
        address: record.address,
        lat: record.lat,
        lon: record.lon,
        precision: record.precision,
        phone: record.phone,
        notes: notes.to_string(),
        requires_id: record.requires_id,
        anonymous_testing: record.anonymous_testing,
        problems: vec![],
        saved: false,
    }
}

/// The stored record with what the form typed over it: the columns staff
/// may edit, services as `code:price` and the languages ticked.
fn typed_record(site: &Site, typed: &forms::ProfileForm) -> SiteRecord {
    let mut record = site.to_record();
    // Services and languages come as several fields each (below).
    let one_field = |c: &&Column| !matches!(c, Column::Services | Column::Languages);
    for column in Column::ALL
        .iter()
        .filter(|c| c.staff_may_edit())
        .filter(one_field)
    {
        record.set(*column, typed.value(*column).to_string());
    }
    record.services = Service::ALL
        .iter()
        .filter(|service| !typed.price(**service).is_empty())
        .map(|service| format!("{}:{}", service.code(), typed.price(*service)))
        .collect::<Vec<_>>()
        .join("|");
    record.languages = typed
        .languages
        .iter()
        .map(|l| l.code())
        .collect::<Vec<_>>()
        .join("|");
    record
}

/// The fields a refused profile marks: each refused column once, in
/// order, and `notes` when the note is too long.
fn refused_fields(problems: &[SiteProblem], notes_too_long: bool) -> Vec<String> {
    let mut fields: Vec<String> = vec![];
    for column in problems.iter().map(|p| p.column.code()) {
        if !fields.iter().any(|f| f == column) {
            fields.push(column.to_string());
        }
    }
    if notes_too_long {
        fields.push("notes".to_string());
    }
    fields
}

async fn answer(
    state: &WebState,
    kept: &KeptSite,
    form: ProfileForm,
    status: StatusCode,
) -> PageResult {
    let at = paths::SITE_PROFILE.of(kept.lang, &kept.site.id);
    let page = form;
    Ok(render::portal(state, kept.lang, at, page, status).await)
}

/// `GET /{lang}/staff/site/{id}/profile`.
pub async fn form(State(state): State<WebState>, kept: KeptSite) -> PageResult {
    let site = &kept.site;
    let notes = site.notes.clone().unwrap_or_default();
    let form = form_of(&kept, site, site.to_record(), &notes);
    answer(&state, &kept, form, StatusCode::OK).await
}

/// `POST /{lang}/staff/site/{id}/profile`: saved and on the public pages
/// at once, or shown again with the fields to correct.
pub async fn save(
    State(state): State<WebState>,
    kept: KeptSite,
    CsrfForm(typed): CsrfForm<forms::ProfileForm>,
) -> PageResult {
    let site = &kept.site;
    let record = typed_record(site, &typed);
    let notes = typed.notes.trim();
    let by_its_staff = kept.session.account.role == Role::Staff;
    let saved = profile::save(&state.app, kept.actor(), by_its_staff, site, &record, notes).await;
    let (form, status) = match saved {
        Ok(updated) => {
            let notes = updated.notes.clone().unwrap_or_default();
            let form = form_of(&kept, &updated, updated.to_record(), &notes);
            let saved = true;
            (ProfileForm { saved, ..form }, StatusCode::OK)
        }
        Err(error) => {
            let problems = match &error {
                ProfileError::Refused {
                    problems,
                    notes_too_long,
                } => refused_fields(problems, *notes_too_long),
                ProfileError::Internal(_) => vec![],
            };
            let (_, status) = refused(error)?;
            let form = form_of(&kept, site, record, notes);
            (ProfileForm { problems, ..form }, status)
        }
    };
    answer(&state, &kept, form, status).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refused_profile_marks_each_column_once_and_the_note() {
        let problems = [
            SiteProblem::new(Column::Lat, "not a number"),
            SiteProblem::new(Column::Lat, "too far"),
            SiteProblem::new(Column::Phone, "letters"),
        ];
        assert_eq!(
            refused_fields(&problems, true),
            ["lat", "phone", "notes"].map(String::from)
        );
        assert!(refused_fields(&[], false).is_empty());
    }
}
