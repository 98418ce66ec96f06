//! Reception: a site's bookings of one day, a code check, marks, walk-ins.

use super::PortalContent;
use super::table::portal_table;
use crate::components::{SiteName, href, t, use_lang};
use crate::i18n::{format_date, tr_args};
use crate::model::Service;
use crate::portal_model::{DayRow, DayView, SlotRow};
use leptos::prelude::*;
use vocabulary::paths;

/// The hidden fields every reception form sends.
fn hidden(csrf: &str, date: &str) -> impl IntoView + use<> {
    view! {
        <input type="hidden" name="csrf" value=csrf.to_string()/>
        <input type="hidden" name="date" value=date.to_string()/>
    }
}

/// The buttons that move a booking on: arrived, seen, no-show, cancelled.
fn mark_buttons(row: &DayRow, action: &str, csrf: &str, date: &str) -> impl IntoView + use<> {
    row.next
        .iter()
        .map(|status| {
            view! {
                <form method="post" action=action.to_string() data-full-page="" class="mark">
                    {hidden(csrf, date)}
                    <input type="hidden" name="booking" value=row.id.clone()/>
                    <input type="hidden" name="status" value=status.code()/>
                    <button type="submit" class="secondary">{t(&status.mark_key())}</button>
                </form>
            }
        })
        .collect_view()
}

/// The day's coming slots, each with a button to block or unblock it and
/// a box to choose it for the release form below the table.
fn slot_table(slots: &[SlotRow], action: &str, csrf: &str, date: &str) -> impl IntoView + use<> {
    (!slots.is_empty()).then(|| {
        let rows = slots
            .iter()
            .map(|slot| {
                let (value, label, state) = if slot.blocked {
                    ("0", "portal-slot-unblock", t("portal-slot-is-blocked"))
                } else {
                    ("1", "portal-slot-block", format!("{} / {}", slot.booked, slot.capacity))
                };
                let choose = format!("release-{}", slot.time.replace(':', ""));
                view! {
                    <tr class="slot-row">
                        <td>
                            <input type="checkbox" form="release-slots" name="start" value=slot.start.clone() id=choose.clone()/>
                            " "<label for=choose>{slot.time.clone()}</label>
                        </td>
                        <td class="status">{state}</td>
                        <td>
                            <form method="post" action=action.to_string() data-full-page="" class="mark">
                                {hidden(csrf, date)}
                                <input type="hidden" name="start" value=slot.start.clone()/>
                                <input type="hidden" name="blocked" value=value/>
                                <button type="submit" class="secondary">{t(label)}</button>
                            </form>
                        </td>
                    </tr>
                }
            })
            .collect_view();
        portal_table(
            "slots",
            "portal-slots-caption",
            ["booking-time", "portal-slot-seats", "portal-day-mark"],
            rows,
        )
    })
}

/// Releasing bookings at once: those of the times ticked in the slot
/// table, or (after ticking a confirmation) every coming one of the day.
fn release_forms(action: &str, csrf: &str, date: &str, has_slots: bool) -> impl IntoView + use<> {
    view! {
        <h2 id="release-title">{t("portal-release-title")}</h2>
        <p>{t("portal-release-explain")}</p>
        {has_slots.then(|| view! {
            <form id="release-slots" class="inline-form" method="post" action=action.to_string() data-full-page="">
                {hidden(csrf, date)}
                <button type="submit" class="secondary">{t("portal-release-slots")}</button>
            </form>
        })}
        <form id="release-day" class="inline-form" method="post" action=action.to_string() data-full-page="">
            {hidden(csrf, date)}
            <input type="checkbox" id="release-whole-day" name="whole_day" value="1" required/>
            <label for="release-whole-day">{t("portal-release-day-confirm")}</label>
            <button type="submit" class="secondary">{t("portal-release-day")}</button>
        </form>
    }
}

impl PortalContent for DayView {
    fn view(self) -> AnyView {
        day_page(self)
    }
}

/// `/{lang}/staff/site/{id}/bookings?date=…`: who is coming on one day.
fn day_page(day: DayView) -> AnyView {
    let lang = use_lang();
    let DayView {
        site_id,
        site_name,
        date,
        previous,
        next,
        csrf,
        rows,
        walk_ins,
        slots,
        closed,
        slowed,
        checked,
        message,
    } = day;
    let base = paths::SITE_BOOKINGS.tail(&site_id);
    let action = href(&paths::SITE_BOOKING_STATUS.tail(&site_id));
    let checked = checked.map(|row| {
        let buttons = mark_buttons(&row, &action, &csrf, &row.date);
        view! {
            <section class="checked" id="checked-booking" aria-labelledby="checked-title">
                <h2 id="checked-title">{t("portal-code-found")}</h2>
                <p>
                    {format_date(lang, &row.date)}", "{row.time.clone()}" · "
                    <strong>{row.nickname.clone().unwrap_or_else(|| "—".to_string())}</strong>" · "
                    <span class="status">{t(&row.status.label_key())}</span>
                </p>
                {buttons}
            </section>
        }
    });
    let bookings = rows
        .iter()
        .map(|row| {
            view! {
                <tr class="booking-row">
                    <td>{row.time.clone()}</td>
                    <td>{row.nickname.clone().unwrap_or_else(|| "—".to_string())}</td>
                    <td class="status">{t(&row.status.label_key())}</td>
                    <td>{mark_buttons(row, &action, &csrf, &date)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <p><a href=href(paths::HOME.tail())>{t("portal-back")}</a></p>
        <h1><SiteName name=site_name/></h1>
        {message.map(|key| view! { <p class="ok" role="status" id="day-message">{t(&key)}</p> })}
        {(slowed > 0).then(|| {
            let said = tr_args(lang, "portal-surge", &[("count", slowed.into())]);
            view! { <p class="error" role="status" id="day-surge">{said}</p> }
        })}
        <form class="inline-form" method="post" action=href(&paths::SITE_BOOKING_CODE.tail(&site_id)) data-full-page="">
            {hidden(&csrf, &date)}
            <label for="code">{t("portal-code-label")}</label>
            <input id="code" name="code" type="text" required autocomplete="off" autocapitalize="characters" spellcheck="false"/>
            <button type="submit" class="secondary">{t("portal-code-check")}</button>
        </form>
        {checked}
        <h2 id="day-date">{format_date(lang, &date)}</h2>
        <p class="day-nav">
            <a href=href(&format!("{base}?date={previous}"))>{t("portal-day-previous")}</a>" · "
            <a href=href(&format!("{base}?date={next}"))>{t("portal-day-next")}</a>" · "
            <a href=href(&format!("{}?date={date}", paths::SITE_WEEK.tail(&site_id)))>{t("portal-week")}</a>
        </p>
        {closed.then(|| view! { <p class="error" id="day-closed">{t("portal-day-closed")}</p> })}
        {rows.is_empty().then(|| view! { <p>{t("portal-day-empty")}</p> })}
        {portal_table(
            "day",
            "portal-day-caption",
            ["booking-time", "booking-nickname-label", "booking-status", "portal-day-mark"],
            bookings,
        )}
        {slot_table(&slots, &href(&paths::SITE_SLOTS.tail(&site_id)), &csrf, &date)}
        {(!rows.is_empty() || !slots.is_empty())
            .then(|| release_forms(&href(&paths::SITE_BOOKING_RELEASE.tail(&site_id)), &csrf, &date, !slots.is_empty()))}
        <h2>{t("portal-walk-ins")}</h2>
        <p id="walk-in-count">{t("portal-walk-ins-today")}" "<strong>{walk_ins}</strong></p>
        <form class="inline-form" method="post" action=href(&paths::SITE_WALK_INS.tail(&site_id)) data-full-page="">
            {hidden(&csrf, &date)}
            <label for="walk-in-service">{t("portal-walk-in-service")}</label>
            <select id="walk-in-service" name="service">
                <option value="">{t("portal-ind-service-none")}</option>
                {Service::ALL
                    .iter()
                    .map(|s| view! { <option value=s.code()>{t(&s.label_key())}</option> })
                    .collect_view()}
            </select>
            <button type="submit" class="secondary">{t("portal-walk-in-add")}</button>
        </form>
    }
    .into_any()
}
