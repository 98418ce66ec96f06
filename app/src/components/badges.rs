use super::t;
use crate::model::Badges;
use leptos::prelude::*;

/// The yes/no facts of a site as short labels; only the true ones show.
#[component]
pub fn BadgeList(badges: Badges) -> impl IntoView {
    let labels: Vec<(&str, &str)> = [
        (badges.open_now, "badge-open-now", "open"),
        (badges.evening, "badge-evening", "evening"),
        (badges.weekend, "badge-weekend", "weekend"),
        (badges.no_id, "badge-no-id", "no-id"),
        (badges.free, "badge-free", "free"),
        (badges.anonymous_testing, "badge-anonymous", "anonymous"),
    ]
    .into_iter()
    .filter(|(shown, _, _)| *shown)
    .map(|(_, key, class)| (key, class))
    .collect();
    view! {
        <ul class="badges">
            {labels
                .into_iter()
                .map(|(key, class)| view! { <li class=format!("badge badge-{class}")>{t(key)}</li> })
                .collect_view()}
        </ul>
    }
}
