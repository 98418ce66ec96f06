//! Admins' view of the directory: every published site, least recently
//! checked first (stale ones marked), each with a button to close it; and
//! the closed sites, each with a button to reopen it.

use super::PortalContent;
use super::table::portal_table;
use crate::components::{href, t, use_lang};
use crate::i18n::format_date;
use crate::portal_model::{ClosedRow, DirectoryRow, DirectoryView};
use leptos::prelude::*;
use vocabulary::paths;

const OPEN_HEADINGS: [&str; 4] = [
    "portal-ind-site",
    "portal-directory-city",
    "portal-directory-checked",
    "portal-day-mark",
];
const CLOSED_HEADINGS: [&str; 3] = [
    "portal-ind-site",
    "portal-directory-closed-on",
    "portal-day-mark",
];

fn button(action: String, csrf: &str, label: &'static str) -> impl IntoView + use<> {
    view! {
        <form method="post" action=action data-full-page="" class="mark">
            <input type="hidden" name="csrf" value=csrf.to_string()/>
            <button type="submit" class="secondary">{t(label)}</button>
        </form>
    }
}

fn open_row(row: DirectoryRow, csrf: &str) -> impl IntoView + use<> {
    let lang = use_lang();
    let checked = format_date(lang, &row.last_checked);
    view! {
        <tr class="directory-row" class:stale=row.stale>
            <td lang=lang.names_in().code()><a href=href(&format!("/site/{}", row.id))>{row.name}</a></td>
            <td>{row.city}</td>
            <td>
                {checked}
                {row.stale.then(|| view! { " " <strong>{t("portal-directory-stale")}</strong> })}
            </td>
            <td>
                <a href=href(&paths::DIRECTORY_EDIT.tail(&row.id))>{t("portal-site-edit")}</a>
                {button(href(&paths::DIRECTORY_CLOSE.tail(&row.id)), csrf, "portal-directory-close")}
            </td>
        </tr>
    }
}

fn closed_row(row: ClosedRow, csrf: &str) -> impl IntoView + use<> {
    let lang = use_lang();
    view! {
        <tr class="closed-row">
            <td lang=lang.names_in().code()>{row.name}</td>
            <td>{format_date(lang, &row.closed_on)}</td>
            <td>{button(href(&paths::DIRECTORY_REOPEN.tail(&row.id)), csrf, "portal-directory-reopen")}</td>
        </tr>
    }
}

impl PortalContent for DirectoryView {
    fn view(self) -> AnyView {
        directory_page(self)
    }
}

/// `/{lang}/staff/directory`.
fn directory_page(view: DirectoryView) -> AnyView {
    let DirectoryView {
        csrf,
        sites,
        closed,
        message,
        affected,
    } = view;
    let open_rows = sites
        .into_iter()
        .map(|row| open_row(row, &csrf))
        .collect_view();
    let no_closed = closed.is_empty();
    let closed_rows = closed
        .into_iter()
        .map(|row| closed_row(row, &csrf))
        .collect_view();
    view! {
        <p><a href=href(paths::HOME.tail())>{t("portal-back")}</a></p>
        <h1>{t("portal-directory")}</h1>
        {message.map(|key| view! { <p class="ok" role="status" id="directory-message">{t(&key)}</p> })}
        {(!affected.is_empty()).then(|| view! {
            <p id="affected-lead">{t("portal-directory-affected")}</p>
            <ul id="affected">{affected.into_iter().map(|start| view! { <li>{start}</li> }).collect_view()}</ul>
        })}
        <p>{t("portal-directory-lead")}</p>
        <p>
            <a href=href(paths::DIRECTORY_NEW.tail()) id="add-site">{t("portal-site-new")}</a>
            " · "
            <a href=href(paths::DIRECTORY_IMPORT.tail()) id="import-link">{t("portal-import")}</a>
        </p>
        <div class="table-scroll" tabindex="0">
        {portal_table("directory", "portal-directory-caption", OPEN_HEADINGS, open_rows)}
        </div>
        <h2>{t("portal-directory-closed")}</h2>
        {no_closed.then(|| view! { <p>{t("portal-directory-none-closed")}</p> })}
        <div class="table-scroll" tabindex="0">
        {portal_table("closed", "portal-directory-closed-caption", CLOSED_HEADINGS, closed_rows)}
        </div>
    }
    .into_any()
}
