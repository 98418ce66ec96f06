//! Signing in, and the signed-in account's start page.

use super::PortalContent;
use crate::components::{SiteName, href, t, use_lang};
use crate::i18n::tr_args;
use crate::portal_model::*;
use leptos::prelude::*;
use vocabulary::paths;

impl PortalContent for LoginPage {
    fn view(self) -> AnyView {
        login_page(self.problem, self.token)
    }
}

/// `/{lang}/staff/login`.
fn login_page(problem: Option<String>, token: String) -> AnyView {
    view! {
        <h1>{t("portal-login-title")}</h1>
        {problem.map(|key| view! { <p class="error" role="alert" id="login-problem">{t(&key)}</p> })}
        <form class="booking-form" method="post" action=href(paths::LOGIN.tail()) data-full-page="">
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

impl PortalContent for PortalHome {
    fn view(self) -> AnyView {
        home_page(self)
    }
}

/// `/{lang}/staff`.
fn home_page(home: PortalHome) -> AnyView {
    let PortalHome {
        username,
        role,
        sites,
        csrf,
    } = home;
    let lang = use_lang();
    view! {
        <h1>{t("portal-home-title")}</h1>
        <p>{tr_args(lang, "portal-signed-in-as", &[("name", username.into()), ("role", t(&role.label_key()).into())])}</p>
        <ul class="portal-links">
            {role.sees_referrals().then(|| view! {
                <li><a href=href(paths::SEARCH.tail())>{t("portal-book-for-client")}</a></li>
                <li><a href=href(paths::REFERRALS.tail())>{t("portal-referrals")}</a></li>
            })}
            <li><a href=href(paths::INDICATORS.tail())>{t("portal-indicators")}</a></li>
            {role.manages_accounts().then(|| view! {
                <li><a href=href(paths::ACCOUNTS.tail())>{t("portal-accounts")}</a></li>
                <li><a href=href(paths::AUDIT.tail())>{t("portal-audit")}</a></li>
            })}
            {role.keeps_directory().then(|| view! {
                <li><a href=href(paths::SITE_REPORTS.tail())>{t("portal-site-reports")}</a></li>
                <li><a href=href(paths::SITE_CHANGES.tail())>{t("portal-site-changes")}</a></li>
                <li><a href=href(paths::DIRECTORY.tail())>{t("portal-directory")}</a></li>
            })}
            <li><a href=href(paths::PASSWORD.tail())>{t("portal-password-change")}</a></li>
        </ul>
        {role.has_sites().then(|| view! {
            <h2>{t("portal-your-sites")}</h2>
            {sites.is_empty().then(|| view! { <p>{t("portal-no-sites")}</p> })}
        })}
        <ul class="portal-sites">
            {sites
                .into_iter()
                .map(|(id, name)| {
                    // Coordinators keep a site's listing; its bookings are
                    // its staff's.
                    let reception = role.receives_bookings().then(|| view! {
                        <a href=href(&paths::SITE_BOOKINGS.tail(&id))>{t("portal-bookings")}</a>
                        " · "
                    });
                    view! {
                        <li>
                            <SiteName name/>" · "
                            <a href=href(&paths::SITE_HOURS.tail(&id))>{t("portal-edit-hours")}</a>
                            " · "
                            {reception}
                            <a href=href(&paths::SITE_PROFILE.tail(&id))>{t("portal-profile")}</a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <form method="post" action=href(paths::LOGOUT.tail()) data-full-page="">
            <input type="hidden" name="csrf" value=csrf/>
            <button type="submit" class="secondary">{t("portal-logout")}</button>
        </form>
    }
    .into_any()
}
