//! A search result as a card, and the numbered list of them.

use super::{BadgeList, DayHoursText, NotCheckedSince, SiteName, format_km, href, t, use_lang};
use crate::model::{Precision, SiteCard};
use leptos::prelude::*;

/// One search result.
#[component]
pub fn SiteCardView(card: SiteCard) -> impl IntoView {
    let lang = use_lang();
    let address = match (card.precision, card.address) {
        (Precision::Street, Some(address)) => view! { <span>{address}</span> }.into_any(),
        _ => view! { <span class="unverified">{t("address-not-verified")}</span> }.into_any(),
    };
    view! {
        <li class="site-card">
            <h3>
                <a href=href(&format!("/site/{}", card.id))><SiteName name=card.name /></a>
                {card.demo.then(|| view! { " " <span class="demo">{t("demo-label")}</span> })}
            </h3>
            <p class="meta">
                <span class="kind">{t(&format!("kind-{}", card.kind.code()))}</span>
                " · "
                <span class="distance">{format_km(lang, card.distance_m)}" "{t("unit-km")}</span>
                " · "
                <span class="city">{card.city}</span>
            </p>
            <p class="address">{address}</p>
            <p class="today">{t("hours-today")}": " <DayHoursText hours=card.today/></p>
            <BadgeList badges=card.badges/>
            {card.not_checked_since.map(|date| view! { <NotCheckedSince date/> })}
        </li>
    }
}

/// Search results as a numbered list, in the order given (nearest first).
#[component]
pub fn SiteList(cards: Vec<SiteCard>) -> impl IntoView {
    view! {
        <ol class="site-list">
            {cards.into_iter().map(|card| view! { <SiteCardView card/> }).collect_view()}
        </ol>
    }
}
