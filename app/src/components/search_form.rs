use super::{t, use_lang};
use crate::islands::LocateMe;
use crate::model::{Kind, PlaceOption, Service, SpokenLang};
use leptos::prelude::*;

/// The search form: a plain GET form that works without JavaScript, plus the
/// "use my location" island when WebAssembly runs.
#[component]
pub fn SearchForm(query: Vec<(String, String)>, places: Vec<PlaceOption>) -> impl IntoView {
    let lang = use_lang();
    let value = |key: &str| {
        query
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let place = value("place");
    let service = value("service");
    let kind = value("kind");
    let spoken = value("lang");
    let flags = ["open_now", "evening", "weekend", "no_id", "free"].map(|flag| {
        let checked = matches!(value(flag).as_str(), "1" | "on" | "true");
        (flag, checked)
    });
    let filter_query: Vec<(String, String)> = query
        .iter()
        .filter(|(k, _)| !matches!(k.as_str(), "place" | "lat" | "lon"))
        .cloned()
        .collect();

    view! {
        <form class="search" method="get" action=format!("/{}", lang.code())>
            <PlaceField place places/>
            <LocateMe
                lang=lang.code().to_string()
                filters=filter_query
                label=t("locate-button")
                failed=t("locate-failed")
            />
            <fieldset class="filters">
                <legend>{t("filters-legend")}</legend>
                <div class="field">
                    <label for="service">{t("filter-service")}</label>
                    <select id="service" name="service">
                        <option value="">{t("filter-any")}</option>
                        {Service::ALL
                            .iter()
                            .map(|s| {
                                view! {
                                    <option value=s.code() selected=service == s.code()>
                                        {t(&format!("service-{}", s.code()))}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="kind">{t("filter-kind")}</label>
                    <select id="kind" name="kind">
                        <option value="">{t("filter-any")}</option>
                        {Kind::ALL
                            .iter()
                            .map(|k| {
                                view! {
                                    <option value=k.code() selected=kind == k.code()>
                                        {t(&format!("kind-{}", k.code()))}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="spoken">{t("filter-language")}</label>
                    <select id="spoken" name="lang">
                        <option value="">{t("filter-any")}</option>
                        {SpokenLang::ALL
                            .iter()
                            .map(|l| {
                                view! {
                                    <option value=l.code() selected=spoken == l.code()>
                                        {t(&format!("language-{}", l.code()))}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                {flags
                    .into_iter()
                    .map(|(flag, checked)| {
                        let id = format!("f-{flag}");
                        view! {
                            <div class="check">
                                <input type="checkbox" id=id.clone() name=flag value="1" checked=checked/>
                                <label for=id>{t(&format!("filter-{}", flag.replace('_', "-")))}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <button type="submit" class="primary">{t("search-submit")}</button>
        </form>
    }
}

/// "I am in …": a text field with the settlements as suggestions (a
/// `datalist`, so the browser offers them without JavaScript).
#[component]
pub fn PlaceField(place: String, places: Vec<PlaceOption>) -> impl IntoView {
    view! {
        <div class="field">
            <label for="place">{t("search-place-label")}</label>
            <input
                id="place"
                name="place"
                type="text"
                value=place
                autocomplete="off"
                list="places"
                placeholder=t("search-place-placeholder")
            />
            <datalist id="places">
                {places
                    .into_iter()
                    .map(|p| {
                        // Browsers match typed text against the label too,
                        // so "Taraz" and "Тараз" both find the place.
                        let label = format!("{} · {}", p.other_names.join(" · "), p.region);
                        view! { <option value=p.name label=label></option> }
                    })
                    .collect_view()}
            </datalist>
        </div>
    }
}
