//! An outreach organisation's referrals and how to make one.

use super::table::portal_table;
use crate::components::{SiteName, href, t, use_lang};
use crate::i18n::{Lang, format_date, tr_args};
use crate::portal_model::{ReferralRow, ReferralsView};
use leptos::prelude::*;

fn referral_row(lang: Lang, row: ReferralRow) -> impl IntoView {
    view! {
        <tr class="referral-row">
            <td><SiteName name=row.site_name/></td>
            <td>{format_date(lang, &row.date)}", "{row.time}</td>
            <td>{row.nickname.unwrap_or_else(|| "—".to_string())}</td>
            <td class="status">{t(&format!("status-{}", row.status))}</td>
        </tr>
    }
}

/// `/{lang}/staff/referrals`.
pub fn referrals_page(view: ReferralsView) -> AnyView {
    let lang = use_lang();
    let ReferralsView { organisation, rows } = view;
    view! {
        <p><a href=href("/staff")>{t("portal-back")}</a></p>
        <h1>{t("portal-referrals")}</h1>
        <p>{tr_args(lang, "portal-referrals-of", &[("org", organisation.into())])}</p>
        <p>{t("portal-book-for-client-help")}" "<a href=href("")>{t("portal-book-for-client")}</a></p>
        {rows.is_empty().then(|| view! { <p>{t("portal-referrals-empty")}</p> })}
        {portal_table(
            "referrals",
            "portal-referrals-caption",
            ["portal-ind-site", "booking-time", "booking-nickname-label", "booking-status"],
            rows.into_iter().map(|row| referral_row(lang, row)).collect_view(),
        )}
    }
    .into_any()
}
