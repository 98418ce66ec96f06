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
use axum::routing::{get, post};
use vocabulary::{Lang, paths};

pub fn routes() -> Router<WebState> {
    Router::new()
        .route(paths::HOME.pattern(), get(sign_in::home))
        .route(
            paths::LOGIN.pattern(),
            get(sign_in::login_form).post(sign_in::login),
        )
        .route(paths::LOGOUT.pattern(), post(sign_in::logout))
        .route(paths::SITE_BOOKINGS.pattern(), get(day::day))
        .route(paths::SITE_BOOKING_STATUS.pattern(), post(reception::mark))
        .route(
            paths::SITE_BOOKING_CODE.pattern(),
            post(reception::check_code),
        )
        .route(paths::SITE_SLOTS.pattern(), post(reception::block))
        .route(paths::SITE_WALK_INS.pattern(), post(reception::walk_in))
        .route(
            paths::SITE_BOOKING_RELEASE.pattern(),
            post(reception::release),
        )
        .route(paths::SITE_WEEK.pattern(), get(day::week))
        .route(
            paths::SITE_HOURS.pattern(),
            get(hours::form).post(hours::save),
        )
        .route(paths::SITE_CLOSURES.pattern(), post(hours::closures))
        .route(
            paths::SITE_PROFILE.pattern(),
            get(profile::form).post(profile::save),
        )
        .route(paths::INDICATORS.pattern(), get(indicators::page))
        .route(paths::INDICATORS_CSV.pattern(), get(indicators::csv))
        .route(paths::REFERRALS.pattern(), get(referrals::page))
        .route(
            paths::PASSWORD.pattern(),
            get(password::form).post(password::change),
        )
        .route(
            paths::ACCOUNTS.pattern(),
            get(admin::accounts_page).post(admin::create),
        )
        .route(paths::ACCOUNT_ACCESS.pattern(), post(admin::set_access))
        .route(paths::AUDIT.pattern(), get(admin::audit_page))
        .route(paths::SITE_REPORTS.pattern(), get(site_reports::page))
        .route(paths::DIRECTORY.pattern(), get(directory::page))
        .route(
            paths::DIRECTORY_IMPORT.pattern(),
            get(import::page).post(import::upload),
        )
        .route(
            paths::DIRECTORY_EXPORT_CSV.pattern(),
            get(import::export_csv),
        )
        .route(
            paths::DIRECTORY_EXPORT_GEOJSON.pattern(),
            get(import::export_geojson),
        )
        .route(
            paths::DIRECTORY_NEW.pattern(),
            get(site_editor::new_form).post(site_editor::add),
        )
        .route(
            paths::DIRECTORY_EDIT.pattern(),
            get(site_editor::edit_form).post(site_editor::correct),
        )
        .route(paths::DIRECTORY_CLOSE.pattern(), post(directory::close))
        .route(paths::DIRECTORY_REOPEN.pattern(), post(directory::reopen))
        .route(paths::SITE_REPORT.pattern(), post(site_reports::act))
        .route(paths::SITE_CHANGES.pattern(), get(staff_changes::page))
        .route(paths::SITE_CHANGE.pattern(), post(staff_changes::review))
}

fn to_login(lang: Lang) -> Response {
    Redirect::to(&paths::LOGIN.at(lang)).into_response()
}
