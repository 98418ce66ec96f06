use crate::components::{
    OnlineServices, ResultsMap, SearchForm, SiteList, after_search, t, use_lang,
};
use crate::i18n::tr_args;
use crate::model::{PlaceOption, SearchOutcome};
use crate::server_fns::search_sites;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// `/{lang}?place=…&service=…`: the search form and, when a place or
/// coordinates are given, the nearest sites.
#[component]
pub fn SearchPage() -> impl IntoView {
    let lang = use_lang();
    let query: Vec<(String, String)> = use_query_map()
        .get_untracked()
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
    let wants_results = query
        .iter()
        .any(|(k, v)| matches!(k.as_str(), "place" | "lat" | "lon") && !v.trim().is_empty());
    let found = after_search(
        query,
        move |query| async move {
            if wants_results {
                search_sites(lang, query).await.ok()
            } else {
                None
            }
        },
        |query, places, outcome: Option<SearchOutcome>| {
            let results = outcome.map(|o| view! { <Results outcome=o/> });
            view! {
                <SearchForm query places/>
                {results}
            }
        },
    );
    view! {
        <h1>{t("search-title")}</h1>
        <p class="lead">{t("search-lead")}</p>
        {found}
    }
}

#[component]
fn Results(outcome: SearchOutcome) -> impl IntoView {
    let lang = use_lang();
    if let Some(problem) = outcome.problem {
        return view! {
            <section class="results" aria-live="polite">
                <p class="error" role="alert">{t(&problem)}</p>
                <Suggestions places=outcome.suggestions/>
            </section>
        }
        .into_any();
    }
    let heading = match &outcome.place {
        Some(place) => tr_args(
            lang,
            "results-near-place",
            &[
                ("count", outcome.results.len().into()),
                ("place", place.name.clone().into()),
            ],
        ),
        None => tr_args(
            lang,
            "results-near-you",
            &[("count", outcome.results.len().into())],
        ),
    };
    let map = outcome.origin.map(|origin| {
        let sites = outcome.results.iter().map(|c| (c.lat, c.lon)).collect();
        view! { <ResultsMap origin sites/> }
    });
    view! {
        <section class="results" aria-live="polite">
            <h2>{heading}</h2>
            {map}
            {outcome.results.is_empty().then(|| view! { <p>{t("results-none")}</p> })}
            <SiteList cards=outcome.results/>
        </section>
        <OnlineServices services=outcome.online/>
    }
    .into_any()
}

#[component]
fn Suggestions(places: Vec<PlaceOption>) -> impl IntoView {
    let lang = use_lang();
    (!places.is_empty()).then(|| {
        view! {
            <p>{t("place-suggestions")}</p>
            <ul class="suggestions">
                {places
                    .into_iter()
                    .map(|place| {
                        let href = format!(
                            "/{}?place={}",
                            lang.code(),
                            crate::url::encode_component(&place.name)
                        );
                        view! { <li><a href=href>{place.name}</a>" ("{place.region}")"</li> }
                    })
                    .collect_view()}
            </ul>
        }
    })
}
