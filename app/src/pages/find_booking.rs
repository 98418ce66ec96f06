use crate::booking_model::{BookingOutcome, BookingSummary};
use crate::components::{SiteName, href, no_store, t, use_lang};
use crate::i18n::{format_date, tr_args};
use leptos::prelude::*;

/// `/{lang}/booking`: find, or cancel, a booking by its code. The code is
/// typed into a form and posted; it never enters a URL.
#[component]
pub fn FindBookingPage() -> impl IntoView {
    no_store();
    let outcome = use_context::<BookingOutcome>();
    let action = href("/booking");
    let found = match outcome.clone() {
        Some(BookingOutcome::Found { code, booking }) => {
            Some(view! { <Found code booking/> }.into_any())
        }
        Some(BookingOutcome::Moved { code, booking }) => Some(
            view! {
                <p class="ok" role="status" id="moved">{t("booking-moved")}</p>
                <Found code booking/>
            }
            .into_any(),
        ),
        _ => None,
    };
    let message = match outcome {
        Some(BookingOutcome::Cancelled) => Some(
            view! { <p class="ok" role="status" id="cancelled">{t("booking-cancelled")}</p> }
                .into_any(),
        ),
        Some(BookingOutcome::LookupProblem(key)) => {
            Some(view! { <p class="error" role="alert">{t(&key)}</p> }.into_any())
        }
        _ => None,
    };
    view! {
        <h1>{t("find-title")}</h1>
        {message}
        {found}
        <form class="find-form" method="post" action=action>
            <div class="field">
                <label for="code">{t("find-code-label")}</label>
                <input id="code" name="code" type="text" required autocomplete="off" autocapitalize="characters" spellcheck="false" placeholder="XXXX-XXXX"/>
            </div>
            <input type="hidden" name="intent" value="find"/>
            <button type="submit" class="primary">{t("find-submit")}</button>
        </form>
    }
}

#[component]
fn Found(code: String, booking: BookingSummary) -> impl IntoView {
    let lang = use_lang();
    let when = tr_args(
        lang,
        "booking-when",
        &[
            ("date", format_date(lang, &booking.date).into()),
            (
                "value",
                format!("{}–{}", booking.start_time, booking.end_time).into(),
            ),
        ],
    );
    let active = booking.status.is_active();
    view! {
        <section class="found" id="found">
            <dl class="facts">
                <dt>{t("booking-site")}</dt>
                <dd><a href=href(&format!("/site/{}", booking.site_id))><SiteName name=booking.site_name.clone() /></a></dd>
                <dt>{t("booking-time")}</dt>
                <dd>{t(&format!("weekday-{}", booking.weekday))}", "{when}</dd>
                <dt>{t("booking-status")}</dt>
                <dd class="status">{t(&booking.status.label_key())}</dd>
                {booking.nickname.clone().map(|n| view! { <dt>{t("booking-nickname-label")}</dt><dd>{n}</dd> })}
            </dl>
            {(active && !booking.other_slots.is_empty()).then(|| view! {
                <form method="post" action=href("/booking") class="reschedule">
                    <input type="hidden" name="code" value=code.clone()/>
                    <input type="hidden" name="intent" value="reschedule"/>
                    <div class="field">
                        <label for="new-start">{t("booking-reschedule-label")}</label>
                        <select id="new-start" name="start">
                            {booking
                                .other_slots
                                .iter()
                                .map(|slot| {
                                    let label = format!(
                                        "{}, {} {}{}",
                                        t(&format!("weekday-{}", slot.weekday)),
                                        format_date(lang, &slot.date),
                                        slot.time,
                                        if slot.evening { format!(" {}", t("hours-evening-mark")) } else { String::new() },
                                    );
                                    view! { <option value=slot.start.clone()>{label}</option> }
                                })
                                .collect_view()}
                        </select>
                    </div>
                    <button type="submit" class="secondary" id="reschedule">{t("booking-reschedule")}</button>
                </form>
            })}
            {active.then(|| view! {
                <form method="post" action=href("/booking")>
                    <input type="hidden" name="code" value=code.clone()/>
                    <input type="hidden" name="intent" value="cancel"/>
                    <button type="submit" class="secondary" id="cancel">{t("booking-cancel")}</button>
                </form>
            })}
        </section>
    }
}
