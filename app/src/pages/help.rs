use crate::components::{
    OnlineServices, PlaceField, SiteList, after_search, source_line, t, use_lang,
};
use crate::i18n::{Lang, tr_args};
use crate::islands::TrustedAlert;
use crate::model::{HelpLine, PlaceOption, SearchOutcome, Service};
use crate::server_fns::{get_help_lines, search_sites};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The services someone in trouble needs first, in the order shown.
const HELP_SERVICES: [Service; 4] = [
    Service::ViolenceSupport,
    Service::Legal,
    Service::Psychological,
    Service::HivSelfTest,
];
/// Sites shown per service.
const PER_SERVICE: usize = 3;

/// `/{lang}/help?place=…`: the emergency number, an alert to someone
/// trusted, the national help lines, then the nearest sites that help after
/// violence, give legal advice or psychological support, or self-tests.
#[component]
pub fn HelpPage() -> impl IntoView {
    let lang = use_lang();
    let lines = Resource::new_blocking(
        || (),
        |_| async { get_help_lines().await.unwrap_or_default() },
    );
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
        <TrustedAlert words=alert_words(lang)/>
        <p class="history-note" id="history-note">{t("help-history")}</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move { view! { <HelpLines lines=lines.await/> } })}
        </Suspense>
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
    let online: Vec<_> = sections
        .iter()
        .flat_map(|(_, o)| o.online.clone())
        .collect();
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
            <OnlineServices services=online/>
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

/// The national help lines: what each is for, the number to call, the
/// source and when it was checked.
#[component]
fn HelpLines(lines: Vec<HelpLine>) -> impl IntoView {
    view! {
        <section class="helplines" aria-labelledby="helplines-title">
            <h2 id="helplines-title">{t("helplines-title")}</h2>
            <p>{t("helplines-lead")}</p>
            <ul>
                {lines
                    .into_iter()
                    .map(|line| {
                        view! {
                            <li id=format!("helpline-{}", line.id)>
                                <h3>{t(&format!("helpline-{}", line.id))}</h3>
                                <p>{t(&format!("helpline-{}-for", line.id))}</p>
                                {line
                                    .phones
                                    .into_iter()
                                    .map(|phone| view! { <a class="call secondary" href=format!("tel:{phone}")>{phone.clone()}</a> " " })
                                    .collect_view()}
                                {source_line(line.source_url, &line.checked_on)}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

/// The alert's words in `lang`, for the island (which carries no translations).
fn alert_words(lang: Lang) -> Vec<(String, String)> {
    [
        "alert-title",
        "alert-lead",
        "alert-lead-saved",
        "alert-number-label",
        "alert-save",
        "alert-forget",
        "alert-saved",
        "alert-bad-number",
        "alert-location",
        "alert-location-added",
        "alert-location-failed",
        "alert-send",
        "alert-message",
        "alert-message-location",
    ]
    .into_iter()
    .map(|key| {
        // The island puts the rounded coordinates where these markers are.
        let marked = [("lat", "{lat}".into()), ("lon", "{lon}".into())];
        (key.to_string(), tr_args(lang, key, &marked))
    })
    .collect()
}
