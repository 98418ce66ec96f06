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
use std::sync::Arc;
use vocabulary::paths;

/// A portal page's data that knows how to show itself. A handler hands
/// one to `web::render::portal`, which renders it: adding a page touches
/// its route, its handler and its view.
pub trait PortalContent: Clone + Send + Sync + 'static {
    fn view(self) -> AnyView;
}

/// The page a portal handler chose, in the rendering's context.
#[derive(Clone)]
pub struct ChosenPage(Arc<dyn Fn() -> AnyView + Send + Sync>);

impl ChosenPage {
    pub fn new(content: impl PortalContent) -> ChosenPage {
        ChosenPage(Arc::new(move || content.clone().view()))
    }

    pub fn view(&self) -> AnyView {
        (self.0)()
    }
}

/// Every `/{lang}/staff…` address: the page the server chose.
#[component]
pub fn PortalPage() -> impl IntoView {
    no_store();
    if let Some(chosen) = use_context::<ChosenPage>() {
        return chosen.view();
    }
    match use_context::<PortalView>() {
        None => view! { <NotFound/> }.into_any(),
        Some(view) => view.view(),
    }
}

impl PortalContent for PortalView {
    fn view(self) -> AnyView {
        match self {
            PortalView::FormExpired => view! {
                <h1>{t("portal-home-title")}</h1>
                <p class="error" role="alert" id="form-expired">{t("portal-csrf")}</p>
                <p><a href=href(paths::HOME.tail())>{t("portal-back")}</a></p>
            }
            .into_any(),
            PortalView::Login { problem, token } => sign_in::login_page(problem, token),
            PortalView::Home(home) => sign_in::home_page(home),
            PortalView::Hours(form) => hours::hours_page(form),
            PortalView::Profile(form) => profile::profile_page(form),
            PortalView::Day(day) => day::day_page(day),
            PortalView::Week(week) => week::week_page(week),
            PortalView::Indicators(view) => indicators::indicators_page(view),
            PortalView::Referrals(view) => referrals::referrals_page(view),
            PortalView::Accounts(view) => accounts::accounts_page(view),
            PortalView::Audit(rows) => accounts::audit_page(rows),
            PortalView::SiteReports(view) => site_reports::site_reports_page(view),
            PortalView::SiteChanges(view) => site_changes::site_changes_page(view),
            PortalView::Directory(view) => directory::directory_page(view),
            PortalView::SiteEdit(form) => site_editor::site_edit_page(form),
            PortalView::Import(view) => import::import_page(view),
            PortalView::Password {
                csrf,
                message,
                changed,
            } => password::password_page(csrf, message, changed),
        }
    }
}
