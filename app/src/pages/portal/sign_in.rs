//! Signing in, and the signed-in account's start page.

use crate::components::{SiteName, href, t, use_lang};
use crate::i18n::tr_args;
use crate::portal_model::*;
use leptos::prelude::*;

/// `/{lang}/staff/login`.
pub fn login_page(problem: Option<String>, token: String) -> AnyView {
    view! {
        <h1>{t("portal-login-title")}</h1>
        {problem.map(|key| view! { <p class="error" role="alert" id="login-problem">{t(&key)}</p> })}
        <form class="booking-form" method="post" action=href("/staff/login") data-full-page="">
            <input type="hidden" name="sign_in_token" value=token/>
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
pub fn home_page(home: PortalHome) -> AnyView {
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
        <ul class="portal-links">
            {(role == "outreach").then(|| view! {
                <li><a href=href("")>{t("portal-book-for-client")}</a></li>
                <li><a href=href("/staff/referrals")>{t("portal-referrals")}</a></li>
            })}
            <li><a href=href("/staff/indicators")>{t("portal-indicators")}</a></li>
            {(role == "admin").then(|| view! {
                <li><a href=href("/staff/accounts")>{t("portal-accounts")}</a></li>
                <li><a href=href("/staff/audit")>{t("portal-audit")}</a></li>
            })}
            {(role == "admin" || role == "coordinator").then(|| view! {
                <li><a href=href("/staff/site-reports")>{t("portal-site-reports")}</a></li>
                <li><a href=href("/staff/site-changes")>{t("portal-site-changes")}</a></li>
                <li><a href=href("/staff/directory")>{t("portal-directory")}</a></li>
            })}
            <li><a href=href("/staff/password")>{t("portal-password-change")}</a></li>
        </ul>
        {(role != "outreach").then(|| view! {
            <h2>{t("portal-your-sites")}</h2>
            {sites.is_empty().then(|| view! { <p>{t("portal-no-sites")}</p> })}
        })}
        <ul class="portal-sites">
            {sites
                .into_iter()
                .map(|(id, name)| {
                    // Coordinators keep a site's listing; its bookings are
                    // its staff's.
                    let reception = (role != "coordinator").then(|| view! {
                        <a href=href(&format!("/staff/site/{id}/bookings"))>{t("portal-bookings")}</a>
                        " · "
                    });
                    view! {
                        <li>
                            <SiteName name/>" · "
                            <a href=href(&format!("/staff/site/{id}/hours"))>{t("portal-edit-hours")}</a>
                            " · "
                            {reception}
                            <a href=href(&format!("/staff/site/{id}/profile"))>{t("portal-profile")}</a>
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
