//! The staff portal's HTTP side. Every handler starts from an extractor
//! (`access`) that checks the session and the account's rights; the pages
//! (app/src/pages/portal) only show what these put in their context. A
//! site an account may not manage is answered exactly like a site that
//! does not exist.

pub mod access;
mod admin;
mod cookie;
mod day;
mod directory;
mod hours;
mod import;
mod indicators;
mod password;
mod profile;
mod reception;
mod referrals;
mod sign_in;
mod sign_in_form;
mod site_editor;
mod site_reports;
mod staff_changes;

use super::WebState;
use axum::Router;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{MethodRouter, get, post};
use reception::Action;
use vocabulary::Lang;

pub fn routes() -> Router<WebState> {
    let site = |path: &str| format!("/{{lang}}/staff/site/{{id}}/{path}");
    Router::new()
        .route("/{lang}/staff", get(sign_in::home))
        .route(
            "/{lang}/staff/login",
            get(sign_in::login_form).post(sign_in::login),
        )
        .route("/{lang}/staff/logout", post(sign_in::logout))
        .route(&site("bookings"), get(day::day))
        .route(&site("bookings/status"), reception_post(Action::Mark))
        .route(&site("bookings/code"), reception_post(Action::CheckCode))
        .route(&site("slots"), reception_post(Action::Block))
        .route(&site("walk-ins"), reception_post(Action::WalkIn))
        .route(&site("bookings/release"), reception_post(Action::Release))
        .route(&site("week"), get(day::week))
        .route(&site("hours"), get(hours::form).post(hours::save))
        .route(&site("closures"), post(hours::closures))
        .route(&site("profile"), get(profile::form).post(profile::save))
        .route("/{lang}/staff/indicators", get(indicators::page))
        .route("/{lang}/staff/indicators.csv", get(indicators::csv))
        .route("/{lang}/staff/referrals", get(referrals::page))
        .route(
            "/{lang}/staff/password",
            get(password::form).post(password::change),
        )
        .route(
            "/{lang}/staff/accounts",
            get(admin::accounts_page).post(admin::create),
        )
        .route(
            "/{lang}/staff/accounts/{id}/access",
            post(admin::set_access),
        )
        .route("/{lang}/staff/audit", get(admin::audit_page))
        .route("/{lang}/staff/site-reports", get(site_reports::page))
        .route("/{lang}/staff/directory", get(directory::page))
        .route(
            "/{lang}/staff/directory/import",
            get(import::page).post(import::upload),
        )
        .route(
            "/{lang}/staff/directory/export.csv",
            get(import::export_csv),
        )
        .route(
            "/{lang}/staff/directory/export.geojson",
            get(import::export_geojson),
        )
        .route(
            "/{lang}/staff/directory/new",
            get(site_editor::new_form).post(site_editor::add),
        )
        .route(
            "/{lang}/staff/directory/{id}/edit",
            get(site_editor::edit_form).post(site_editor::correct),
        )
        .route("/{lang}/staff/directory/{id}/close", post(directory::close))
        .route(
            "/{lang}/staff/directory/{id}/reopen",
            post(directory::reopen),
        )
        .route("/{lang}/staff/site-reports/{id}", post(site_reports::act))
        .route("/{lang}/staff/site-changes", get(staff_changes::page))
        .route(
            "/{lang}/staff/site-changes/{id}",
            post(staff_changes::review),
        )
}

/// A reception form's route: `action`, then the day view.
fn reception_post(action: Action) -> MethodRouter<WebState> {
    post(move |state, posted| reception::answer(state, posted, action))
}

fn to_login(lang: Lang) -> Response {
    Redirect::to(&format!("/{}/staff/login", lang.code())).into_response()
}
