//! The staff portal: plain server-rendered forms, no JavaScript needed.
//! The server checks the session and rights and puts a `PortalView` in the
//! context; these pages only show it.

mod accounts;
mod day;
mod directory;
mod hours;
mod import;
mod indicators;
mod password;
mod profile;
mod referrals;
mod sign_in;
mod site_changes;
mod site_editor;
mod site_reports;
mod table;
mod week;

use crate::components::{href, no_store, t};
use crate::pages::NotFound;
use crate::portal_model::PortalView;
use leptos::prelude::*;

/// Every `/{lang}/staff…` address: the page the server chose.
#[component]
pub fn PortalPage() -> impl IntoView {
    no_store();
    match use_context::<PortalView>() {
        None => view! { <NotFound/> }.into_any(),
        Some(PortalView::FormExpired) => view! {
            <h1>{t("portal-home-title")}</h1>
            <p class="error" role="alert" id="form-expired">{t("portal-csrf")}</p>
            <p><a href=href("/staff")>{t("portal-back")}</a></p>
        }
        .into_any(),
        Some(PortalView::Login { problem, token }) => sign_in::login_page(problem, token),
        Some(PortalView::Home(home)) => sign_in::home_page(home),
        Some(PortalView::Hours(form)) => hours::hours_page(form),
        Some(PortalView::Profile(form)) => profile::profile_page(form),
        Some(PortalView::Day(day)) => day::day_page(day),
        Some(PortalView::Week(week)) => week::week_page(week),
        Some(PortalView::Indicators(view)) => indicators::indicators_page(view),
        Some(PortalView::Referrals(view)) => referrals::referrals_page(view),
        Some(PortalView::Accounts(view)) => accounts::accounts_page(view),
        Some(PortalView::Audit(rows)) => accounts::audit_page(rows),
        Some(PortalView::SiteReports(view)) => site_reports::site_reports_page(view),
        Some(PortalView::SiteChanges(view)) => site_changes::site_changes_page(view),
        Some(PortalView::Directory(view)) => directory::directory_page(view),
        Some(PortalView::SiteEdit(form)) => site_editor::site_edit_page(form),
        Some(PortalView::Import(view)) => import::import_page(view),
        Some(PortalView::Password {
            csrf,
            message,
            changed,
        }) => password::password_page(csrf, message, changed),
    }
}
