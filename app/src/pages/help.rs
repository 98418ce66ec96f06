use crate::components::{PlaceField, SiteList, after_search, t, use_lang};
use crate::i18n::{Lang, tr_args};
use crate::model::{PlaceOption, SearchOutcome, Service};
use crate::server_fns::search_sites;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The services someone in trouble needs first, in the order shown.
const HELP_SERVICES: [Service; 3] = [
    Service::ViolenceSupport,
    Service::Legal,
    Service::Psychological,
];
/// Sites shown per service.
const PER_SERVICE: usize = 3;

/// `/{lang}/help?place=…`: the emergency number, then the nearest sites
/// that help after violence, give legal advice or psychological support.
#[component]
pub fn HelpPage() -> impl IntoView {
    let lang = use_lang();
    let place = use_query_map()
        .get_untracked()
        .get("place")
        .unwrap_or_default();
    let found = after_search(
        place,
        move |place| async move {
            let mut found = vec![];
            if place.trim().is_empty() {
                return found;
            }
            for service in HELP_SERVICES {
                let query = vec![
                    ("place".to_string(), place.clone()),
                    ("service".to_string(), service.code().to_string()),
                    ("limit".to_string(), PER_SERVICE.to_string()),
                ];
                let outcome = search_sites(lang, query).await.unwrap_or_default();
                found.push((service, outcome));
            }
            found
        },
        move |place, places, sections| help_found(lang, place, places, sections),
    );
    view! {
        <h1>{t("help-title")}</h1>
        <section class="emergency" aria-labelledby="emergency-title">
            <h2 id="emergency-title">{t("help-emergency-title")}</h2>
            <p>{t("help-emergency")}</p>
            <a class="call" href="tel:112" id="call-112">{t("help-call-112")}</a>
        </section>
        <p class="lead">{t("help-lead")}</p>
        {found}
    }
}

/// The place form again, then the sites found for each service.
fn help_found(
    lang: Lang,
    place: String,
    places: Vec<PlaceOption>,
    sections: Vec<(Service, SearchOutcome)>,
) -> impl IntoView {
    let first = sections.first().map(|(_, outcome)| outcome.clone());
    let problem = first.as_ref().and_then(|o| o.problem.clone());
    let near = first
        .and_then(|o| o.place)
        .map(|place| tr_args(lang, "help-near-place", &[("place", place.name.into())]));
    let found = match problem {
        Some(problem) => view! { <p class="error" role="alert">{t(&problem)}</p> }.into_any(),
        None => view! {
            {near.map(|near| view! { <h2 class="near">{near}</h2> })}
            {sections
                .into_iter()
                .map(|(service, outcome)| view! { <HelpSection service outcome/> })
                .collect_view()}
        }
        .into_any(),
    };
    view! {
        <form class="search" method="get" action=format!("/{}/help", lang.code())>
            <PlaceField place places/>
            <button type="submit" class="primary">{t("search-submit")}</button>
        </form>
        {found}
    }
}

#[component]
fn HelpSection(service: Service, outcome: SearchOutcome) -> impl IntoView {
    let body = if outcome.results.is_empty() {
        view! { <p>{t("help-none")}</p> }.into_any()
    } else {
        view! { <SiteList cards=outcome.results/> }.into_any()
    };
    view! {
        <section class="help-service" id=format!("help-{}", service.code())>
            <h3>{t(&format!("service-{}", service.code()))}</h3>
            {body}
        </section>
    }
}
