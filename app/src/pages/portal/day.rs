//! A site's bookings of one day.

use crate::components::{href, t, use_lang};
use crate::i18n::format_date;
use crate::portal_model::*;
use leptos::prelude::*;

/// `/{lang}/staff/site/{id}/bookings?date=…`: who is coming on one day.
pub fn day_page(day: DayView) -> AnyView {
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
