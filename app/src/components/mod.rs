//! Pieces shared by several pages.

mod after_search;
mod badges;
mod hours;
mod map;
mod online_services;
mod report_form;
mod search_form;
mod site_card;
mod site_name;
mod slot_list;

pub use after_search::after_search;
pub use badges::BadgeList;
pub use hours::{DayHoursText, format_km};
pub use map::ResultsMap;
pub use online_services::OnlineServices;
pub use report_form::ReportForm;
pub use search_form::{PlaceField, SearchForm};
pub use site_card::{SiteCardView, SiteList};
pub use site_name::SiteName;
pub use slot_list::SlotList;

use crate::i18n::{Lang, format_date, tr, tr_args};
use leptos::prelude::*;

/// The interface language of the current page (set by the `/{lang}/` route).
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// The current page's message `key`.
pub fn t(key: &str) -> String {
    tr(use_lang(), key)
}

/// Sets the HTTP status of the page being rendered on the server.
pub fn set_status(code: u16) {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::from_u16(code).expect("valid status code"));
    }
    #[cfg(not(feature = "ssr"))]
    let _ = code;
}

/// A link to another page in the current language.
pub fn href(path: &str) -> String {
    format!("/{}{}", use_lang().code(), path)
}

/// Marks the page being rendered as not to be stored by the browser or any
/// cache (booking pages).
pub fn no_store() {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.insert_header(
            http::header::CACHE_CONTROL,
            http::HeaderValue::from_static("no-store"),
        );
    }
}

/// The digits (and a leading +) of a phone number as printed, for `tel:`.
pub fn phone_digits(phone: &str) -> String {
    let first = phone.split(',').next().unwrap_or(phone);
    first
        .chars()
        .enumerate()
        .filter(|(i, c)| c.is_ascii_digit() || (*i == 0 && *c == '+'))
        .map(|(_, c)| c)
        .collect()
}

/// "Source: <link> · Checked on …": where a row comes from and when it was
/// last checked (`checked_on` is YYYY-MM-DD).
pub fn source_line(url: String, checked_on: &str) -> impl IntoView + use<> {
    let lang = use_lang();
    let checked = tr_args(
        lang,
        "site-checked-on",
        &[("date", format_date(lang, checked_on).into())],
    );
    let host = url
        .split("//")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap_or(&url)
        .to_string();
    view! {
        <p class="source">
            {t("site-source")}": "<a href=url rel="noreferrer noopener">{host}</a>" · "{checked}
        </p>
    }
}

/// "Not checked since …": a warning on a row whose last check is too old
/// (`date` is YYYY-MM-DD).
#[component]
pub fn NotCheckedSince(date: String) -> impl IntoView {
    let lang = use_lang();
    let text = tr_args(
        lang,
        "site-not-checked-since",
        &[("date", format_date(lang, &date).into())],
    );
    view! { <p class="stale">{text}</p> }
}
