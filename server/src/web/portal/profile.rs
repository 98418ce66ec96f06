//! A site's profile, edited by its staff: names, address, location,
//! services (free or paid), ID, anonymous testing, languages, phone and a
//! note. The form is the site's record; the service checks it.

use super::access::ManagedSite;
use crate::domain::site::{Site, SiteRecord};
use crate::services::accounts::Session;
use crate::services::profile::{self, ProfileError};
use crate::web::WebState;
use crate::web::error::refusal;
use crate::web::form::{Form, genuine_form};
use crate::web::render::render;
use app::portal_model::{PortalView, ProfileForm};
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::response::Response;
use vocabulary::{Lang, Service, SpokenLang};

/// The columns the form edits as plain text.
const TYPED: [&str; 10] = [
    "name_ru",
    "name_kk",
    "name_en",
    "address",
    "lat",
    "lon",
    "precision",
    "phone",
    "requires_id",
    "anonymous_testing",
];

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
    for column in TYPED {
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
pub async fn form(
    State(state): State<WebState>,
    managed: ManagedSite,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let ManagedSite {
        lang,
        session,
        site,
    } = &managed;
    let notes = site.notes.clone().unwrap_or_default();
    let view = form_of(site, site.to_record(), &notes, session, *lang);
    render(&state, parts, PortalView::Profile(view), StatusCode::OK).await
}

/// `POST /{lang}/staff/site/{id}/profile`: saved and on the public pages
/// at once, or shown again with the fields to correct.
pub async fn save(
    State(state): State<WebState>,
    managed: ManagedSite,
    request: Request,
) -> Response {
    let ManagedSite {
        lang,
        session,
        site,
    } = &managed;
    let (parts, posted) = match genuine_form(&state, session, request).await {
        Ok(read) => read,
        Err(refused) => return refused,
    };
    let record = typed_record(site, &posted);
    let notes = posted.text("notes").trim();
    let saved = profile::save(&state.app, managed.actor(), site, &record, notes).await;
    let (view, status) = match saved {
        Ok(updated) => {
            let notes = updated.notes.clone().unwrap_or_default();
            let form = form_of(&updated, updated.to_record(), &notes, session, *lang);
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
                Ok((_, status)) => status,
                Err(failed) => return failed,
            };
            let problems = match error {
                ProfileError::Refused(fields) => fields,
                ProfileError::Internal(_) => vec![],
            };
            let form = form_of(site, record, notes, session, *lang);
            (ProfileForm { problems, ..form }, status)
        }
    };
    render(&state, parts, PortalView::Profile(view), status).await
}
