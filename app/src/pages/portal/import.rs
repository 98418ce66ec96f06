//! Importing a directory file: choose it, see every row (new, changed field
//! by field, unchanged, refused with its line and reason), then confirm;
//! and links to export the directory in the same formats.

use super::PortalContent;
use super::table::portal_table;
use crate::components::{href, t};
use crate::portal_model::{ImportRow, ImportView};
use leptos::prelude::*;
use vocabulary::paths;

const HEADINGS: [&str; 4] = [
    "portal-import-line",
    "portal-ind-site",
    "portal-import-outcome",
    "portal-audit-detail",
];

fn row_view(row: ImportRow) -> impl IntoView {
    view! {
        <tr class=format!("import-row import-{}", row.outcome)>
            <td>{row.line}</td>
            <td><code>{row.id}</code></td>
            <td>{t(&format!("portal-import-outcome-{}", row.outcome))}</td>
            <td>{row.details.into_iter().map(|d| view! { <code>{d}</code><br/> }).collect_view()}</td>
        </tr>
    }
}

impl PortalContent for ImportView {
    fn view(self) -> AnyView {
        import_page(self)
    }
}

/// `/{lang}/staff/directory/import`.
fn import_page(view: ImportView) -> AnyView {
    let ImportView {
        csrf,
        name,
        rows,
        text,
        applied,
        problem,
    } = view;
    let has_rows = !rows.is_empty();
    let action = href(paths::DIRECTORY_IMPORT.tail());
    view! {
        <p><a href=href(paths::DIRECTORY.tail())>{t("portal-directory")}</a></p>
        <h1>{t("portal-import")}</h1>
        {applied.map(|count| view! {
            <p class="ok" role="status" id="import-applied">{t("portal-import-applied")}" ("{count}")"</p>
        })}
        {problem.map(|key| view! { <p class="error" role="alert" id="import-problem">{t(&key)}</p> })}
        {has_rows.then(|| view! {
            <div class="table-scroll" tabindex="0">
            {portal_table("import", "portal-import-caption", HEADINGS, rows.into_iter().map(row_view).collect_view())}
            </div>
        })}
        {text.map(|text| view! {
            <form method="post" action=action.clone() enctype="multipart/form-data" data-full-page="">
                <input type="hidden" name="csrf" value=csrf.clone()/>
                <input type="hidden" name="name" value=name.clone()/>
                <input type="hidden" name="text" value=text/>
                <input type="hidden" name="confirm" value="1"/>
                <button type="submit" class="primary" id="import-confirm">{t("portal-import-confirm")}</button>
            </form>
        })}
        <h2>{t("portal-import-choose")}</h2>
        <p>{t("portal-import-lead")}</p>
        <form method="post" action=action enctype="multipart/form-data" data-full-page="">
            <input type="hidden" name="csrf" value=csrf/>
            <div class="field">
                <label for="import-file">{t("portal-import-file")}</label>
                <input id="import-file" type="file" name="file" required accept=".csv,.geojson,.json"/>
            </div>
            <button type="submit" class="secondary" id="import-preview">{t("portal-import-preview")}</button>
        </form>
        <h2>{t("portal-export")}</h2>
        <ul>
            <li><a href=href(paths::DIRECTORY_EXPORT_CSV.tail()) id="export-csv" download="">"CSV"</a></li>
            <li><a href=href(paths::DIRECTORY_EXPORT_GEOJSON.tail()) id="export-geojson" download="">"GeoJSON"</a></li>
        </ul>
    }
    .into_any()
}
