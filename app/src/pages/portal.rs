//! The staff portal: plain server-rendered forms, no JavaScript needed.
//! The server checks the session and rights and puts a `PortalView` in the
//! context; these pages only show it.

use crate::components::{href, no_store, t, use_lang};
use crate::i18n::{format_date, tr_args};
use crate::pages::NotFound;
use crate::portal_model::{DayView, HoursForm, PortalHome, PortalView};
use leptos::prelude::*;

fn portal_view() -> Option<PortalView> {
    no_store();
    use_context::<PortalView>()
}

/// `/{lang}/staff/login`.
#[component]
pub fn LoginPage() -> impl IntoView {
    let Some(PortalView::Login { problem }) = portal_view() else {
        return view! { <NotFound/> }.into_any();
    };
    view! {
        <h1>{t("portal-login-title")}</h1>
        {problem.map(|key| view! { <p class="error" role="alert">{t(&key)}</p> })}
        <form class="booking-form" method="post" action=href("/staff/login") data-full-page="">
            <div class="field">
                <label for="username">{t("portal-username")}</label>
                <input id="username" name="username" type="text" required autocomplete="username" autocapitalize="none" spellcheck="false"/>
            </div>
            <div class="field">
                <label for="password">{t("portal-password")}</label>
                <input id="password" name="password" type="password" required autocomplete="current-password"/>
            </div>
            <button type="submit" class="primary">{t("portal-login")}</button>
        </form>
    }
    .into_any()
}

/// `/{lang}/staff`.
#[component]
pub fn PortalHomePage() -> impl IntoView {
    let Some(PortalView::Home(home)) = portal_view() else {
        return view! { <NotFound/> }.into_any();
    };
    let PortalHome {
        username,
        role,
        sites,
        csrf,
    } = home;
    let lang = use_lang();
    view! {
        <h1>{t("portal-home-title")}</h1>
        <p>{tr_args(lang, "portal-signed-in-as", &[("name", username.into()), ("role", t(&format!("portal-role-{role}")).into())])}</p>
        <h2>{t("portal-your-sites")}</h2>
        {sites.is_empty().then(|| view! { <p>{t("portal-no-sites")}</p> })}
        <ul class="portal-sites">
            {sites
                .into_iter()
                .map(|(id, name)| {
                    view! {
                        <li>
                            {name}" · "
                            <a href=href(&format!("/staff/site/{id}/hours"))>{t("portal-edit-hours")}</a>
                            " · "
                            <a href=href(&format!("/staff/site/{id}/bookings"))>{t("portal-bookings")}</a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <form method="post" action=href("/staff/logout") data-full-page="">
            <input type="hidden" name="csrf" value=csrf/>
            <button type="submit" class="secondary">{t("portal-logout")}</button>
        </form>
    }
    .into_any()
}

/// `/{lang}/staff/site/{id}/hours`.
#[component]
pub fn HoursPage() -> impl IntoView {
    let Some(PortalView::Hours(form)) = portal_view() else {
        return view! { <NotFound/> }.into_any();
    };
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
    } = form;
    let problem = problem.map(|(key, weekday)| {
        let day = weekday
            .map(|d| format!("{}: ", t(&format!("weekday-{d}"))))
            .unwrap_or_default();
        view! { <p class="error" role="alert" id="hours-problem">{day}{t(&key)}</p> }
    });
    let number = |id: &'static str,
                  label: &'static str,
                  value: String,
                  min: &'static str,
                  max: &'static str| {
        view! {
            <div class="field">
                <label for=id>{t(label)}</label>
                <input id=id name=id type="number" inputmode="numeric" min=min max=max required value=value/>
            </div>
        }
    };
    view! {
        <p><a href=href("/staff")>{t("portal-back")}</a></p>
        <h1>{site_name}</h1>
        {saved.then(|| view! { <p class="ok" role="status" id="hours-saved">{t("portal-hours-saved")}</p> })}
        {problem}
        <form class="booking-form hours-form" method="post" action=href(&format!("/staff/site/{site_id}/hours")) data-full-page="">
            <input type="hidden" name="csrf" value=csrf/>
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
                                    let from_id = format!("d{weekday}i{i}from");
                                    let to_id = format!("d{weekday}i{i}to");
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
                {number("slot_minutes", "portal-slot-minutes", slot_minutes, "10", "240")}
                {number("capacity", "portal-capacity", capacity, "1", "50")}
                {number("notice_hours", "portal-notice-hours", notice_hours, "0", "72")}
                {number("days_ahead", "portal-days-ahead", days_ahead, "1", "60")}
            </fieldset>
            <button type="submit" class="primary">{t("portal-save")}</button>
        </form>
        <p class="source">{t("portal-opening-hours-text")}" "<code id="opening-hours">{opening_hours}</code></p>
    }
    .into_any()
}

/// `/{lang}/staff/site/{id}/bookings?date=…`: who is coming on one day.
#[component]
pub fn DayPage() -> impl IntoView {
    let Some(PortalView::Day(day)) = portal_view() else {
        return view! { <NotFound/> }.into_any();
    };
    let lang = use_lang();
    let DayView {
        site_id,
        site_name,
        date,
        previous,
        next,
        csrf,
        rows,
        message,
    } = day;
    let base = format!("/staff/site/{site_id}/bookings");
    let action = href(&format!("{base}/status"));
    view! {
        <p><a href=href("/staff")>{t("portal-back")}</a></p>
        <h1>{site_name}</h1>
        <h2 id="day-date">{format_date(lang, &date)}</h2>
        <p class="day-nav">
            <a href=href(&format!("{base}?date={previous}"))>{t("portal-day-previous")}</a>" · "
            <a href=href(&format!("{base}?date={next}"))>{t("portal-day-next")}</a>
        </p>
        {message.map(|key| view! { <p class="ok" role="status" id="day-message">{t(&key)}</p> })}
        {rows.is_empty().then(|| view! { <p>{t("portal-day-empty")}</p> })}
        <table class="week day">
            <caption>{t("portal-day-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{t("booking-time")}</th>
                    <th scope="col">{t("booking-nickname-label")}</th>
                    <th scope="col">{t("booking-status")}</th>
                    <th scope="col">{t("portal-day-mark")}</th>
                </tr>
            </thead>
            <tbody>
                {rows
                    .into_iter()
                    .map(|row| {
                        let open = matches!(row.status.as_str(), "booked" | "arrived");
                        let buttons = open.then(|| {
                            ["arrived", "fulfilled", "noshow"]
                                .into_iter()
                                .filter(|status| *status != row.status)
                                .map(|status| {
                                    view! {
                                        <form method="post" action=action.clone() data-full-page="" class="mark">
                                            <input type="hidden" name="csrf" value=csrf.clone()/>
                                            <input type="hidden" name="date" value=date.clone()/>
                                            <input type="hidden" name="booking" value=row.id.clone()/>
                                            <input type="hidden" name="status" value=status/>
                                            <button type="submit" class="secondary">{t(&format!("portal-mark-{status}"))}</button>
                                        </form>
                                    }
                                })
                                .collect_view()
                        });
                        view! {
                            <tr class="booking-row">
                                <td>{row.time}</td>
                                <td>{row.nickname.unwrap_or_else(|| "—".to_string())}</td>
                                <td class="status">{t(&format!("status-{}", row.status))}</td>
                                <td>{buttons}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}
