//! An outreach organisation's referrals: counts per site, service and
//! status, today's referral cards, and how to make one.

use super::PortalContent;
use super::table::portal_table;
use crate::components::{SiteName, href, t, use_lang};
use crate::i18n::{Lang, format_date, tr_args};
use crate::portal_model::{ReferralCountRow, ReferralRow, ReferralsView};
use leptos::prelude::*;
use vocabulary::paths;

fn count_row(row: ReferralCountRow) -> impl IntoView {
    let service = row
        .service
        .map(|code| t(&format!("service-{code}")))
        .unwrap_or_else(|| t("portal-ind-service-none"));
    view! {
        <tr class="referral-count-row">
            <td><SiteName name=row.site_name/></td>
            <td>{service}</td>
            {row.counts.into_iter().map(|n| view! { <td>{n}</td> }).collect_view()}
            <td class="total">{row.total}</td>
        </tr>
    }
}

fn card_row(lang: Lang, row: ReferralRow) -> impl IntoView {
    view! {
        <tr class="referral-row">
            <td><SiteName name=row.site_name/></td>
            <td>{format_date(lang, &row.date)}", "{row.time}</td>
            <td>{row.nickname}</td>
            <td class="status">{t(&row.status.label_key())}</td>
        </tr>
    }
}

impl PortalContent for ReferralsView {
    fn view(self) -> AnyView {
        referrals_page(self)
    }
}

/// `/{lang}/staff/referrals`.
fn referrals_page(view: ReferralsView) -> AnyView {
    let lang = use_lang();
    let ReferralsView {
        organisation,
        statuses,
        counts,
        today,
    } = view;
    view! {
        <p><a href=href(paths::HOME.tail())>{t("portal-back")}</a></p>
        <h1>{t("portal-referrals")}</h1>
        <p>{tr_args(lang, "portal-referrals-counts-of", &[("org", organisation.into())])}</p>
        <p>{t("portal-referrals-how")}" "<a href=href(paths::SEARCH.tail())>{t("portal-book-for-client")}</a></p>
        {counts.is_empty().then(|| view! { <p>{t("portal-referrals-empty")}</p> })}
        <div class="table-scroll" tabindex="0">
            <table class="week referral-counts">
                <caption>{t("portal-referrals-counts-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("portal-ind-site")}</th>
                        <th scope="col">{t("portal-ind-service")}</th>
                        {statuses
                            .iter()
                            .map(|status| view! { <th scope="col">{t(&status.label_key())}</th> })
                            .collect_view()}
                        <th scope="col">{t("portal-referrals-total")}</th>
                    </tr>
                </thead>
                <tbody>{counts.into_iter().map(count_row).collect_view()}</tbody>
            </table>
        </div>
        <h2 id="today-cards">{t("portal-referrals-today")}</h2>
        <p>{t("portal-referrals-today-note")}</p>
        {today.is_empty().then(|| view! { <p>{t("portal-referrals-today-empty")}</p> })}
        {(!today.is_empty()).then(|| portal_table(
            "referrals",
            "portal-referrals-today",
            ["portal-ind-site", "booking-time", "booking-nickname-label", "booking-status"],
            today.into_iter().map(|row| card_row(lang, row)).collect_view(),
        ))}
    }
    .into_any()
}
