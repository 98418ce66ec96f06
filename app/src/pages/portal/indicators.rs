//! Indicators: counts per site, service and week or month, as a table, a
//! chart drawn on the server, and a CSV file. Never a nickname.

use super::PortalContent;
use crate::components::{SiteName, href, t, use_lang};
use crate::i18n::format_date;
use crate::portal_model::{IndicatorCounts, IndicatorRow, IndicatorsView};
use leptos::prelude::*;
use vocabulary::paths;

const BAR_WIDTH: u32 = 14;
const GROUP_WIDTH: u32 = 40;
const CHART_HEIGHT: u32 = 120;

/// Bookings and arrivals per period as bars, oldest on the left.
fn chart(periods: &[(String, u32, u32)]) -> impl IntoView {
    let highest = periods.iter().map(|(_, b, _)| *b).max().unwrap_or(0).max(1);
    let height = |n: u32| n * CHART_HEIGHT / highest;
    let width = GROUP_WIDTH * periods.len().max(1) as u32;
    let bars = periods
        .iter()
        .enumerate()
        .map(|(i, (start, bookings, arrived))| {
            let x = i as u32 * GROUP_WIDTH + 4;
            // "MM-DD" as "DD.MM".
            let label = format!("{}.{}", start.get(8..10).unwrap_or(""), start.get(5..7).unwrap_or(""));
            view! {
                <g>
                    <rect class="bar-booked" x=x y=CHART_HEIGHT - height(*bookings) width=BAR_WIDTH height=height(*bookings)></rect>
                    <rect class="bar-arrived" x=x + BAR_WIDTH y=CHART_HEIGHT - height(*arrived) width=BAR_WIDTH height=height(*arrived)></rect>
                    <text x=x y=CHART_HEIGHT + 14>{label}</text>
                </g>
            }
        })
        .collect_view();
    view! {
        <figure class="chart">
            <svg viewBox=format!("0 0 {width} {}", CHART_HEIGHT + 20) width=width height=CHART_HEIGHT + 20 role="img" aria-labelledby="chart-caption">
                {bars}
            </svg>
            <figcaption id="chart-caption">
                <span class="key-booked">{t("portal-ind-bookings")}</span>" · "
                <span class="key-arrived">{t("portal-ind-arrived")}</span>
            </figcaption>
        </figure>
    }
}

fn cells(counts: IndicatorCounts) -> impl IntoView {
    let percent = counts
        .evening_or_weekend_percent
        .map(|p| format!("{p} %"))
        .unwrap_or_else(|| "—".to_string());
    view! {
        <td>{counts.bookings}</td>
        <td>{counts.arrived}</td>
        <td>{counts.noshow}</td>
        <td>{counts.cancelled}</td>
        <td>{percent}</td>
        <td>{counts.referred}" → "{counts.referred_arrived}</td>
        <td>{counts.walk_ins}</td>
    }
}

impl PortalContent for IndicatorsView {
    fn view(self) -> AnyView {
        indicators_page(self)
    }
}

/// `/{lang}/staff/indicators?period=week|month`.
fn indicators_page(view: IndicatorsView) -> AnyView {
    let lang = use_lang();
    let IndicatorsView {
        period,
        scope,
        rows,
        chart: periods,
    } = view;
    let other = if period == "week" { "month" } else { "week" };
    let headers = [
        "portal-ind-period",
        "portal-ind-site",
        "portal-ind-service",
        "portal-ind-bookings",
        "portal-ind-arrived",
        "portal-ind-noshow",
        "portal-ind-cancelled",
        "portal-ind-evening-weekend",
        "portal-ind-referred",
        "portal-ind-walk-ins",
    ];
    view! {
        <p><a href=href(paths::HOME.tail())>{t("portal-back")}</a></p>
        <h1>{t("portal-indicators")}</h1>
        <p>{t(&format!("portal-ind-scope-{scope}"))}" "{t("portal-ind-no-names")}</p>
        <p class="day-nav">
            <a href=href(&format!("{}?period={other}", paths::INDICATORS.tail()))>{t(&format!("portal-ind-by-{other}"))}</a>" · "
            <a id="indicators-csv" href=href(&format!("{}?period={period}", paths::INDICATORS_CSV.tail())) download="">{t("portal-ind-csv")}</a>
        </p>
        {rows.is_empty().then(|| view! { <p>{t("portal-ind-empty")}</p> })}
        {(!periods.is_empty()).then(|| chart(&periods))}
        <div class="table-scroll" tabindex="0">
        <table class="week indicators">
            <caption>{t(&format!("portal-ind-by-{period}"))}</caption>
            <thead>
                <tr>{headers.map(|key| view! { <th scope="col">{t(key)}</th> }).collect_view()}</tr>
            </thead>
            <tbody>
                {rows
                    .into_iter()
                    .map(|IndicatorRow { period_start, site_name, service, counts }| {
                        let service = service
                            .map(|code| t(&format!("service-{code}")))
                            .unwrap_or_else(|| t("portal-ind-service-none"));
                        view! {
                            <tr class="indicator-row">
                                <td>{format_date(lang, &period_start)}</td>
                                <td><SiteName name=site_name/></td>
                                <td>{service}</td>
                                {cells(counts)}
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
        </div>
        <p class="source">{t("portal-ind-evening-weekend-help")}</p>
    }
    .into_any()
}
