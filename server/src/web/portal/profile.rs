//! A site's profile, edited by its staff: names, address, location,
//! services (free or paid), ID, anonymous testing, languages, phone and a
//! note. The form is the site's record; the service checks it.

use super::access::{KeptSite, Posted};
use crate::domain::account::Role;
use crate::domain::site::{Site, SiteRecord};
use crate::services::accounts::Session;
use crate::services::profile::{self, ProfileError};
use crate::web::WebState;
use crate::web::error::{failed, refusal};
use crate::web::form::Form;
use crate::web::render;
use app::portal_model::ProfileForm;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use vocabulary::{Lang, Service, SpokenLang, paths};

/// The form showing `record` (stored, or as typed).
fn form_of(
    site: &Site,
    record: SiteRecord,
    notes: &str,
    session: &Session,
    lang: Lang,
) -> ProfileForm {
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
        site_name: site.name(lang),
        csrf: session.csrf.clone(),
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

/// The stored record with what the form typed over it.
fn typed_record(site: &Site, posted: &Form) -> SiteRecord {
    let mut record = site.to_record();
    // Services and languages come as several fields each (below).
    let typed = SiteRecord::COLUMNS
        .into_iter()
        .filter(|c| SiteRecord::staff_may_edit(c) && !matches!(*c, "services" | "languages"));
    for column in typed {
        record.set(column, posted.text(column).trim().to_string());
    }
    record.services = Service::ALL
        .iter()
        .filter_map(|service| {
            let price = posted.text(&format!("service-{}", service.code())).trim();
            (!price.is_empty()).then(|| format!("{}:{price}", service.code()))
        })
        .collect::<Vec<_>>()
        .join("|");
    // Only languages the form offers.
    record.languages = posted
        .all("language")
        .filter(|code| SpokenLang::from_code(code).is_some())
        .collect::<Vec<_>>()
        .join("|");
    record
}

/// `GET /{lang}/staff/site/{id}/profile`.
pub async fn form(State(state): State<WebState>, managed: KeptSite) -> Response {
    let (session, site) = (&managed.session, &managed.site);
    let notes = site.notes.clone().unwrap_or_default();
    let view = form_of(site, site.to_record(), &notes, session, managed.lang);
    let at = paths::SITE_PROFILE.of(managed.lang, &site.id);
    render::portal(&state, managed.lang, at, view, StatusCode::OK).await
}

/// `POST /{lang}/staff/site/{id}/profile`: saved and on the public pages
/// at once, or shown again with the fields to correct.
pub async fn save(State(state): State<WebState>, posted: Posted<KeptSite>) -> Response {
    let Posted { who, form, .. } = posted;
    let (lang, session, site) = (who.lang, &who.session, &who.site);
    let record = typed_record(site, &form);
    let notes = form.text("notes").trim();
    let by_its_staff = session.account.role == Role::Staff;
    let saved = profile::save(&state.app, who.actor(), by_its_staff, site, &record, notes).await;
    let (view, status) = match saved {
        Ok(updated) => {
            let notes = updated.notes.clone().unwrap_or_default();
            let form = form_of(&updated, updated.to_record(), &notes, session, lang);
            (
                ProfileForm {
                    saved: true,
                    ..form
                },
                StatusCode::OK,
            )
        }
        Err(error) => {
            let status = match refusal(&error) {
                Some((_, status)) => status,
                None => return failed(),
            };
            let problems = match error {
                ProfileError::Refused(fields) => fields,
                ProfileError::Internal(_) => vec![],
            };
            let form = form_of(site, record, notes, session, lang);
            (ProfileForm { problems, ..form }, status)
        }
    };
    let at = paths::SITE_PROFILE.of(lang, &who.site.id);
    render::portal(&state, lang, at, view, status).await
}
