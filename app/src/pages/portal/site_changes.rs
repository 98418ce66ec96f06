//! Coordinators' and admins' list of what sites' own staff changed of
//! their address, coordinates or phone: each field before and now, and
//! two ways to end it (confirm; undo, which puts the values before back).

use super::PortalContent;
use super::table::portal_table;
use crate::components::{href, t, use_lang};
use crate::i18n::format_date;
use crate::portal_model::{SiteChangeRow, SiteChangesView};
use leptos::prelude::*;
use vocabulary::paths;

const HEADINGS: [&str; 4] = [
    "portal-site-changes-when",
    "portal-ind-site",
    "portal-site-changes-fields",
    "portal-day-mark",
];

fn change_row(row: SiteChangeRow, csrf: &str) -> impl IntoView + use<> {
    let lang = use_lang();
    let action = href(&paths::SITE_CHANGE.tail(&row.site_id));
    let button = |verdict: &'static str, label: &'static str| {
        view! {
            <form method="post" action=action.clone() data-full-page="" class="mark">
                <input type="hidden" name="csrf" value=csrf.to_string()/>
                <input type="hidden" name="verdict" value=verdict/>
                <button type="submit" class="secondary">{t(label)}</button>
            </form>
        }
    };
    view! {
        <tr class="site-change-row">
            <td>{format_date(lang, &row.changed_on)}</td>
            <td lang=lang.names_in().code()>
                <a href=href(&format!("/site/{}", row.site_id))>{row.site}</a>
            </td>
            <td>
                <ul class="changes">
                    {row.lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                </ul>
            </td>
            <td>
                {button("confirm", "portal-site-changes-confirm")}
                {button("undo", "portal-site-changes-undo")}
            </td>
        </tr>
    }
}

impl PortalContent for SiteChangesView {
    fn view(self) -> AnyView {
        site_changes_page(self)
    }
}

/// `/{lang}/staff/site-changes`.
fn site_changes_page(view: SiteChangesView) -> AnyView {
    let SiteChangesView {
        csrf,
        changes,
        message,
    } = view;
    let empty = changes.is_empty();
    let rows = changes
        .into_iter()
        .map(|row| change_row(row, &csrf))
        .collect_view();
    view! {
        <p><a href=href(paths::HOME.tail())>{t("portal-back")}</a></p>
        <h1>{t("portal-site-changes")}</h1>
        {message.map(|key| view! { <p class="ok" role="status" id="change-reviewed">{t(&key)}</p> })}
        <p>{t("portal-site-changes-lead")}</p>
        {empty.then(|| view! { <p>{t("portal-site-changes-empty")}</p> })}
        <div class="table-scroll" tabindex="0">
        {portal_table("site-changes", "portal-site-changes-caption", HEADINGS, rows)}
        </div>
    }
    .into_any()
}
