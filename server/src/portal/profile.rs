//! A site's profile, edited by its staff: names, address, location,
//! services (free or paid), ID, anonymous testing, languages, phone and a
//! note. Checked by the same rules as every imported row.

use super::access::ManagedSite;
use super::{Form, genuine_form, internal, lang_name};
use crate::accounts;
use crate::db;
use crate::domain::site::{MAX_NOTES_CHARS, Site, SiteRecord};
use crate::page_render::render;
use crate::sessions::Session;
use crate::startup::ServerState;
use app::i18n::Lang;
use app::model::{Service, SpokenLang};
use app::portal_model::{PortalView, ProfileForm};
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::Utc;

fn stored(site: &Site, session: &Session, lang: Lang) -> ProfileForm {
    let record = site.to_record();
    ProfileForm {
        site_id: site.id.clone(),
        site_name: lang_name(&site.names, lang),
        csrf: session.csrf.clone(),
        name_ru: record.name_ru,
        name_kk: record.name_kk,
        name_en: record.name_en,
        address: record.address,
        lat: record.lat,
        lon: record.lon,
        precision: record.precision,
        phone: record.phone,
        notes: site.notes.clone().unwrap_or_default(),
        requires_id: record.requires_id,
        anonymous_testing: record.anonymous_testing,
        services: Service::ALL
            .iter()
            .map(|service| {
                let offer = site.services.iter().find(|o| o.service == *service);
                let price = offer.map_or("", |o| if o.free { "free" } else { "paid" });
                (service.code().to_string(), price.to_string())
            })
            .collect(),
        languages: site
            .languages
            .iter()
            .map(|l| l.code().to_string())
            .collect(),
        problems: vec![],
        saved: false,
    }
}

/// `GET /{lang}/staff/site/{id}/profile`.
pub async fn form(
    State(state): State<ServerState>,
    ManagedSite {
        lang,
        session,
        site,
    }: ManagedSite,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let view = PortalView::Profile(stored(&site, &session, lang));
    render(&state, parts, view, StatusCode::OK).await
}

/// The form as typed, over the stored profile.
fn typed(mut form: ProfileForm, posted: &Form) -> ProfileForm {
    let field = |name: &str| posted.text(name).trim().to_string();
    form.name_ru = field("name_ru");
    form.name_kk = field("name_kk");
    form.name_en = field("name_en");
    form.address = field("address");
    form.lat = field("lat");
    form.lon = field("lon");
    form.precision = field("precision");
    form.phone = field("phone");
    form.notes = field("notes");
    form.requires_id = field("requires_id");
    form.anonymous_testing = field("anonymous_testing");
    for (code, price) in &mut form.services {
        *price = field(&format!("service-{code}"));
    }
    form.languages = posted.all("language").map(str::to_string).collect();
    form
}

/// The site the typed form describes, or the names of the fields refused.
fn checked(site: &Site, form: &ProfileForm) -> Result<Site, Vec<String>> {
    let mut record = site.to_record();
    record.name_ru = form.name_ru.clone();
    record.name_kk = form.name_kk.clone();
    record.name_en = form.name_en.clone();
    record.address = form.address.clone();
    record.lat = form.lat.clone();
    record.lon = form.lon.clone();
    record.precision = form.precision.clone();
    record.phone = form.phone.clone();
    record.requires_id = form.requires_id.clone();
    record.anonymous_testing = form.anonymous_testing.clone();
    record.services = form
        .services
        .iter()
        .filter(|(_, price)| !price.is_empty())
        .map(|(code, price)| format!("{code}:{price}"))
        .collect::<Vec<_>>()
        .join("|");
    record.languages = form.languages.join("|");
    let notes_too_long = form.notes.chars().count() > MAX_NOTES_CHARS;
    match record.parse() {
        Ok(parsed) if !notes_too_long => Ok(Site {
            notes: Some(form.notes.clone()).filter(|n| !n.is_empty()),
            staff_checked_on: Some(Utc::now().with_timezone(&site.timezone).date_naive()),
            ..parsed
        }),
        Ok(_) => Err(vec!["notes".to_string()]),
        Err(problems) => {
            let mut fields: Vec<String> = problems
                .iter()
                .map(|p| {
                    let field = p.split(':').next().unwrap_or("");
                    // Only edited columns can be refused (the rest are the
                    // stored row's); anything else is about the location.
                    if SiteRecord::COLUMNS.contains(&field) {
                        field
                    } else {
                        "lat"
                    }
                    .to_string()
                })
                .collect();
            if notes_too_long {
                fields.push("notes".into());
            }
            fields.dedup();
            Err(fields)
        }
    }
}

/// `POST /{lang}/staff/site/{id}/profile`: saved and on the public pages
/// at once, or shown again with the fields to correct.
pub async fn save(
    State(state): State<ServerState>,
    ManagedSite {
        lang,
        session,
        site,
    }: ManagedSite,
    request: Request,
) -> Response {
    let (parts, posted) = match genuine_form(&state, &session, request).await {
        Ok(read) => read,
        Err(refused) => return refused,
    };
    let mut form = typed(stored(&site, &session, lang), &posted);
    // Only languages the form offers.
    form.languages
        .retain(|code| SpokenLang::from_code(code).is_some());
    let updated = match checked(&site, &form) {
        Ok(updated) => updated,
        Err(fields) => {
            form.problems = fields;
            let view = PortalView::Profile(form);
            return render(&state, parts, view, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    let saved = async {
        db::save_profile(&state.app.pool, &updated).await?;
        accounts::audit(
            &state.app.pool,
            session.account.id,
            "profile",
            Some(&site.id),
            &updated.to_record().services,
        )
        .await?;
        state.app.refresh().await
    };
    if let Err(error) = saved.await {
        return internal(error);
    }
    let mut shown = stored(&updated, &session, lang);
    shown.saved = true;
    render(&state, parts, PortalView::Profile(shown), StatusCode::OK).await
}
