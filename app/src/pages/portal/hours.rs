//! A site's weekly hours and booking rules.

use super::PortalContent;
use crate::components::{SiteName, href, t, use_lang};
use crate::i18n::format_date;
use crate::portal_model::*;
use leptos::prelude::*;
use vocabulary::{limits, paths};

impl PortalContent for HoursForm {
    fn view(self) -> AnyView {
        hours_page(self)
    }
}

/// `/{lang}/staff/site/{id}/hours`.
fn hours_page(form: HoursForm) -> AnyView {
    let HoursForm {
        site_id,
        site_name,
        csrf,
        days,
        slot_minutes,
        capacity,
        notice_hours,
        days_ahead,
        opening_hours,
        problem,
        saved,
        closures,
        notice,
    } = form;
    let lang = use_lang();
    let closures_action = href(&paths::SITE_CLOSURES.tail(&site_id));
    let closure_list = closures
        .into_iter()
        .map(|day| {
            view! {
                <li class="closure">
                    {format_date(lang, &day)}" "
                    <form method="post" action=closures_action.clone() data-full-page="" class="mark">
                        <input type="hidden" name="csrf" value=csrf.clone()/>
                        <input type="hidden" name="intent" value="remove"/>
                        <input type="hidden" name="day" value=day.clone()/>
                        <button type="submit" class="secondary">{t("portal-closure-remove")}</button>
                    </form>
                </li>
            }
        })
        .collect_view();
    let problem = problem.map(|(key, weekday)| {
        let day = weekday
            .map(|d| format!("{}: ", t(&format!("weekday-{d}"))))
            .unwrap_or_default();
        view! { <p class="error" role="alert" id="hours-problem">{day}{t(&key)}</p> }
    });
    let number = |id: &'static str,
                  label: &'static str,
                  value: String,
                  range: std::ops::RangeInclusive<u32>| {
        view! {
            <div class="field">
                <label for=id>{t(label)}</label>
                <input id=id name=id type="number" inputmode="numeric" min=*range.start() max=*range.end() required value=value/>
            </div>
        }
    };
    view! {
        <p><a href=href(paths::HOME.tail())>{t("portal-back")}</a></p>
        <h1><SiteName name=site_name/></h1>
        {saved.then(|| view! { <p class="ok" role="status" id="hours-saved">{t("portal-hours-saved")}</p> })}
        {problem}
        <form class="booking-form hours-form" method="post" action=href(&paths::SITE_HOURS.tail(&site_id)) data-full-page="">
            <input type="hidden" name="csrf" value=csrf.clone()/>
            <p>{t("portal-hours-help")}</p>
            {days
                .into_iter()
                .enumerate()
                .map(|(index, intervals)| {
                    let weekday = index + 1;
                    view! {
                        <fieldset class="day">
                            <legend>{t(&format!("weekday-{weekday}"))}</legend>
                            {intervals
                                .into_iter()
                                .enumerate()
                                .map(|(i, (from, to))| {
                                    let i = i + 1;
                                    let from_id = limits::hours_field(weekday as u8, i, "from");
                                    let to_id = limits::hours_field(weekday as u8, i, "to");
                                    view! {
                                        <div class="interval">
                                            <label for=from_id.clone()>{t("portal-from")}</label>
                                            <input id=from_id.clone() name=from_id type="time" value=from/>
                                            <label for=to_id.clone()>{t("portal-to")}</label>
                                            <input id=to_id.clone() name=to_id type="time" value=to/>
                                        </div>
                                    }
                                })
                                .collect_view()}
                        </fieldset>
                    }
                })
                .collect_view()}
            <fieldset class="filters">
                <legend>{t("portal-booking-rules")}</legend>
                {number("slot_minutes", "portal-slot-minutes", slot_minutes, limits::SLOT_MINUTES)}
                {number("capacity", "portal-capacity", capacity, limits::SLOT_CAPACITY)}
                {number("notice_hours", "portal-notice-hours", notice_hours, limits::NOTICE_HOURS)}
                {number("days_ahead", "portal-days-ahead", days_ahead, limits::DAYS_AHEAD)}
            </fieldset>
            <button type="submit" class="primary">{t("portal-save")}</button>
        </form>
        <p class="source">{t("portal-opening-hours-text")}" "<code id="opening-hours">{opening_hours}</code></p>
        <h2 id="closures">{t("portal-closures")}</h2>
        {notice.map(|key| view! { <p class="ok" role="status" id="closure-notice">{t(&key)}</p> })}
        <p>{t("portal-closures-help")}</p>
        <ul class="closures">{closure_list}</ul>
        <form class="inline-form" method="post" action=closures_action.clone() data-full-page="">
            <input type="hidden" name="csrf" value=csrf.clone()/>
            <input type="hidden" name="intent" value="add"/>
            <label for="closure-from">{t("portal-from")}</label>
            <input id="closure-from" name="from" type="date" required/>
            <label for="closure-to">{t("portal-to")}</label>
            <input id="closure-to" name="to" type="date"/>
            <button type="submit" class="secondary">{t("portal-closure-add")}</button>
        </form>
    }
    .into_any()
}
