use super::{href, t, use_lang};
use crate::booking_model::SlotOption;
use crate::i18n::format_date;
use crate::url::encode_component;
use leptos::prelude::*;

/// The free slots of a site, by day, each a link to its booking form.
/// Evening and weekend slots are marked.
#[component]
pub fn SlotList(site_id: String, slots: Vec<SlotOption>) -> impl IntoView {
    let lang = use_lang();
    let free: Vec<SlotOption> = slots.into_iter().filter(|s| s.available > 0).collect();
    if free.is_empty() {
        return view! { <p>{t("slots-none")}</p> }.into_any();
    }
    let mut days: Vec<(String, u8, bool, Vec<SlotOption>)> = vec![];
    for slot in free {
        match days.last_mut() {
            Some((date, _, _, list)) if *date == slot.date => list.push(slot),
            _ => days.push((slot.date.clone(), slot.weekday, slot.weekend, vec![slot])),
        }
    }
    view! {
        <div class="slots">
            {days
                .into_iter()
                .map(|(date, weekday, weekend, list)| {
                    view! {
                        <h3 class="slot-day">
                            {t(&format!("weekday-{weekday}"))}", "{format_date(lang, &date)}
                            {weekend.then(|| view! { " " <small>{t("weekend-mark")}</small> })}
                        </h3>
                        <ul class="slot-times">
                            {list
                                .into_iter()
                                .map(|slot| {
                                    let link = href(&format!(
                                        "/book/{}?start={}",
                                        site_id,
                                        encode_component(&slot.start),
                                    ));
                                    view! {
                                        <li>
                                            <a class="slot" class:evening=slot.evening href=link>
                                                {slot.time}
                                                {slot.evening.then(|| view! { " " <small>{t("hours-evening-mark")}</small> })}
                                            </a>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                })
                .collect_view()}
        </div>
    }
    .into_any()
}
