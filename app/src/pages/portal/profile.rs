//! A site's profile, as its staff edit it.

use super::PortalContent;
use crate::components::{SiteName, href, t};
use crate::model::SpokenLang;
use crate::portal_model::ProfileForm;
use leptos::prelude::*;
use vocabulary::{limits, paths};

/// A text field with its label, marked invalid when refused.
fn text_field(
    id: &'static str,
    label: &'static str,
    value: String,
    problems: &[String],
) -> impl IntoView + use<> {
    let invalid = problems.iter().any(|p| p == id).then_some("true");
    view! {
        <div class="field">
            <label for=id>{t(label)}</label>
            <input id=id name=id type="text" value=value aria-invalid=invalid/>
        </div>
    }
}

/// A yes / no / not known choice.
fn yes_no(id: &'static str, label: &'static str, value: &str) -> impl IntoView + use<> {
    let options = [
        ("yes", "answer-yes"),
        ("no", "answer-no"),
        ("", "answer-unknown"),
    ]
    .map(|(code, key)| view! { <option value=code selected=value == code>{t(key)}</option> })
    .collect_view();
    view! {
        <div class="field">
            <label for=id>{t(label)}</label>
            <select id=id name=id>{options}</select>
        </div>
    }
}

impl PortalContent for ProfileForm {
    fn view(self) -> AnyView {
        profile_page(self)
    }
}

/// `/{lang}/staff/site/{id}/profile`.
fn profile_page(form: ProfileForm) -> AnyView {
    let problems = form.problems.clone();
    let problem = (!problems.is_empty()).then(|| {
        let fields = problems
            .iter()
            .map(|p| t(&format!("portal-profile-field-{p}")))
            .collect::<Vec<_>>()
            .join(", ");
        view! {
            <p class="error" role="alert" id="profile-problem">{t("portal-profile-check")}" "{fields}</p>
            <p class="hint">{t("portal-site-rules")}</p>
        }
    });
    let services = form
        .services
        .iter()
        .map(|(code, price)| {
            let id = format!("service-{code}");
            let options = [("", "portal-profile-not-offered"), ("free", "price-free"), ("paid", "price-paid")]
                .map(|(value, key)| view! { <option value=value selected=price == value>{t(key)}</option> })
                .collect_view();
            view! {
                <div class="field service-offer">
                    <label for=id.clone()>{t(&format!("service-{code}"))}</label>
                    <select id=id.clone() name=id>{options}</select>
                </div>
            }
        })
        .collect_view();
    let languages = SpokenLang::ALL
        .iter()
        .map(|lang| {
            let code = lang.code();
            let id = format!("language-{code}");
            let checked = form.languages.iter().any(|l| l == code);
            view! {
                <label class="check">
                    <input id=id type="checkbox" name="language" value=code checked=checked/>
                    {t(&format!("language-{code}"))}
                </label>
            }
        })
        .collect_view();
    let precision = [("street", "portal-profile-precision-street"), ("city", "portal-profile-precision-city")]
        .map(|(code, key)| view! { <option value=code selected=form.precision == code>{t(key)}</option> })
        .collect_view();
    let notes_invalid = problems.iter().any(|p| p == "notes").then_some("true");
    view! {
        <p><a href=href(paths::HOME.tail())>{t("portal-back")}</a></p>
        <h1><SiteName name=form.site_name.clone()/></h1>
        {form.saved.then(|| view! { <p class="ok" role="status" id="profile-saved">{t("portal-profile-saved")}</p> })}
        {problem}
        <form class="booking-form" method="post" action=href(&paths::SITE_PROFILE.tail(&form.site_id)) data-full-page="">
            <input type="hidden" name="csrf" value=form.csrf.clone()/>
            <fieldset class="filters">
                <legend>{t("portal-profile-names")}</legend>
                {text_field("name_ru", "portal-profile-field-name_ru", form.name_ru.clone(), &problems)}
                {text_field("name_kk", "portal-profile-field-name_kk", form.name_kk.clone(), &problems)}
                {text_field("name_en", "portal-profile-field-name_en", form.name_en.clone(), &problems)}
            </fieldset>
            <fieldset class="filters">
                <legend>{t("portal-profile-place")}</legend>
                {text_field("address", "site-address", form.address.clone(), &problems)}
                <div class="field">
                    <label for="precision">{t("portal-profile-field-precision")}</label>
                    <select id="precision" name="precision">{precision}</select>
                </div>
                {text_field("lat", "portal-profile-field-lat", form.lat.clone(), &problems)}
                {text_field("lon", "portal-profile-field-lon", form.lon.clone(), &problems)}
                {text_field("phone", "site-phone", form.phone.clone(), &problems)}
            </fieldset>
            <fieldset class="filters">
                <legend>{t("site-services")}</legend>
                {services}
            </fieldset>
            <fieldset class="filters">
                <legend>{t("portal-profile-access")}</legend>
                {yes_no("requires_id", "site-requires-id", &form.requires_id)}
                {yes_no("anonymous_testing", "site-anonymous-testing", &form.anonymous_testing)}
            </fieldset>
            <fieldset class="filters">
                <legend>{t("site-languages")}</legend>
                {languages}
            </fieldset>
            <div class="field">
                <label for="notes">{t("portal-profile-field-notes")}</label>
                <textarea id="notes" name="notes" rows="4" maxlength=limits::SITE_NOTES_MAX_CHARS aria-invalid=notes_invalid>{form.notes.clone()}</textarea>
            </div>
            <button type="submit" class="primary">{t("portal-save")}</button>
        </form>
    }
    .into_any()
}
