use super::t;
use crate::i18n::Lang;
use crate::model::DayHours;
use leptos::prelude::*;

/// One day's hours as text: "10:00–14:00, 15:00–21:00", "closed" or "unknown".
/// Intervals that reach into the evening carry the class `evening`.
#[component]
pub fn DayHoursText(hours: DayHours) -> impl IntoView {
    match hours {
        DayHours::Unknown => {
            view! { <span class="hours-unknown">{t("hours-unknown")}</span> }.into_any()
        }
        DayHours::Closed => {
            view! { <span class="hours-closed">{t("hours-closed")}</span> }.into_any()
        }
        DayHours::Open(intervals) => {
            let count = intervals.len();
            intervals
                .into_iter()
                .enumerate()
                .map(|(i, interval)| {
                    let evening = interval.evening;
                    view! {
                        <span class:evening=evening>
                            {format!("{}–{}", interval.start, interval.end)}
                            {evening.then(|| view! { <small class="evening-mark">" "{t("hours-evening-mark")}</small> })}
                        </span>
                        {(i + 1 < count).then_some(", ")}
                    }
                })
                .collect_view()
                .into_any()
        }
    }
}

/// A distance in kilometres with one decimal, written the way `lang` writes numbers.
///
/// # Units
/// Takes metres.
pub fn format_km(lang: Lang, metres: f64) -> String {
    format!("{:.1}", metres / 1000.0).replace('.', &lang.decimal_separator().to_string())
}
