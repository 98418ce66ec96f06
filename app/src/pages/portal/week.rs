//! A site's bookings of one week, Monday first.

use super::PortalContent;
use crate::components::{SiteName, href, t, use_lang};
use crate::i18n::format_date;
use crate::portal_model::WeekView;
use leptos::prelude::*;
use vocabulary::paths;

impl PortalContent for WeekView {
    fn view(self) -> AnyView {
        week_page(self)
    }
}

/// `/{lang}/staff/site/{id}/week?date=…`.
fn week_page(week: WeekView) -> AnyView {
    let lang = use_lang();
    let WeekView {
        site_id,
        site_name,
        days,
        previous,
        next,
    } = week;
    let week = paths::SITE_WEEK.tail(&site_id);
    let days = days
        .into_iter()
        .map(|(date, rows)| {
            let day_link = href(&format!(
                "{}?date={date}",
                paths::SITE_BOOKINGS.tail(&site_id)
            ));
            let list = rows
                .into_iter()
                .map(|row| {
                    view! {
                        <li class="booking-row">
                            {row.time}" · "{row.nickname.unwrap_or_else(|| "—".to_string())}" · "
                            <span class="status">{t(&row.status.label_key())}</span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="week-day">
                    <h2><a href=day_link>{format_date(lang, &date)}</a></h2>
                    <ul>{list}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <p><a href=href(paths::HOME.tail())>{t("portal-back")}</a></p>
        <h1><SiteName name=site_name/></h1>
        <p class="day-nav">
            <a href=href(&format!("{week}?date={previous}"))>{t("portal-week-previous")}</a>" · "
            <a href=href(&format!("{week}?date={next}"))>{t("portal-week-next")}</a>
        </p>
        {days}
    }
    .into_any()
}
