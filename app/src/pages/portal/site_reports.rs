//! Admins' queue of "Something wrong here?" reports: what was reported,
//! when, and two ways to end it (resolved: the listing was corrected;
//! dismissed); a "closed" report can also be confirmed, which shows
//! "reported closed" on the site's page. Nothing about any sender is
//! shown.

use super::PortalContent;
use super::table::portal_table;
use crate::components::{href, t, use_lang};
use crate::i18n::format_date;
use crate::portal_model::{SiteReportRow, SiteReportsView};
use leptos::prelude::*;
use vocabulary::paths;

const HEADINGS: [&str; 5] = [
    "portal-site-reports-when",
    "portal-ind-site",
    "portal-site-reports-problem",
    "portal-site-reports-note",
    "portal-day-mark",
];

fn report_row(row: SiteReportRow, csrf: &str) -> impl IntoView + use<> {
    let lang = use_lang();
    let action = href(&paths::SITE_REPORT.tail(&row.id.to_string()));
    let button = |outcome: &'static str, label: &'static str| {
        view! {
            <form method="post" action=action.clone() data-full-page="" class="mark">
                <input type="hidden" name="csrf" value=csrf.to_string()/>
                <input type="hidden" name="outcome" value=outcome/>
                <button type="submit" class="secondary">{t(label)}</button>
            </form>
        }
    };
    let confirm = (row.problem == "closed" && !row.confirmed)
        .then(|| button("confirmed", "portal-site-reports-confirm"));
    let confirmed = row
        .confirmed
        .then(|| view! { <p class="confirmed">{t("portal-site-reports-is-confirmed")}</p> });
    view! {
        <tr class="site-report-row">
            <td>{format_date(lang, &row.reported_on)}</td>
            <td lang=lang.names_in().code()>
                <a href=href(&format!("/site/{}", row.site_id))>{row.site}</a>
            </td>
            <td>{t(&format!("report-problem-{}", row.problem))}{confirmed}</td>
            <td class="note">{row.note}</td>
            <td>
                {confirm}
                {button("resolved", "portal-site-reports-resolve")}
                {button("dismissed", "portal-site-reports-dismiss")}
            </td>
        </tr>
    }
}

impl PortalContent for SiteReportsView {
    fn view(self) -> AnyView {
        site_reports_page(self)
    }
}

/// `/{lang}/staff/site-reports`.
fn site_reports_page(view: SiteReportsView) -> AnyView {
    let SiteReportsView {
        csrf,
        reports,
        message,
    } = view;
    let empty = reports.is_empty();
    let rows = reports
        .into_iter()
        .map(|row| report_row(row, &csrf))
        .collect_view();
    view! {
        <p><a href=href(paths::HOME.tail())>{t("portal-back")}</a></p>
        <h1>{t("portal-site-reports")}</h1>
        {message.map(|key| view! { <p class="ok" role="status" id="report-ended">{t(&key)}</p> })}
        <p>{t("portal-site-reports-lead")}</p>
        <p>{t("portal-site-reports-rule")}</p>
        {empty.then(|| view! { <p>{t("portal-site-reports-empty")}</p> })}
        <div class="table-scroll" tabindex="0">
        {portal_table("site-reports", "portal-site-reports-caption", HEADINGS, rows)}
        </div>
    }
    .into_any()
}
