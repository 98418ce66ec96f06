//! An outreach organisation's referrals and how to make one.

use crate::components::{href, t, use_lang};
use crate::i18n::{format_date, tr_args};
use crate::portal_model::ReferralsView;
use leptos::prelude::*;

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
        <table class="week referrals">
            <caption>{t("portal-referrals-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{t("portal-ind-site")}</th>
                    <th scope="col">{t("booking-time")}</th>
                    <th scope="col">{t("booking-nickname-label")}</th>
                    <th scope="col">{t("booking-status")}</th>
                </tr>
            </thead>
            <tbody>
                {rows
                    .into_iter()
                    .map(|row| {
                        view! {
                            <tr class="referral-row">
                                <td>{row.site_name}</td>
                                <td>{format_date(lang, &row.date)}", "{row.time}</td>
                                <td>{row.nickname.unwrap_or_else(|| "—".to_string())}</td>
                                <td class="status">{t(&format!("status-{}", row.status))}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}
