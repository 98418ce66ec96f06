//! Importing and exporting the directory in the portal, for admins (every
//! region) and coordinators (their regions). An uploaded file is checked
//! and shown row by row; only a confirmed file is applied, all or nothing.
//! The confirmation sends the same text back, so nothing is kept between
//! the two requests.

use super::access::Keeper;
use crate::domain::{site_csv, site_geojson};
use crate::services::import::{self, PreviewRow, RowOutcome};
use crate::web::WebState;
use crate::web::error::{failed, internal, refusal};
use crate::web::render;
use app::portal_model::{FormExpired, ImportRow, ImportView};
use axum::extract::{FromRequest, Multipart, Request, State};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use vocabulary::paths;

/// The largest file accepted, in bytes.
const FILE_LIMIT: usize = 2 * 1024 * 1024;

fn view(keeper: &Keeper) -> ImportView {
    ImportView {
        csrf: keeper.session.csrf.clone(),
        ..ImportView::default()
    }
}

/// `GET /{lang}/staff/directory/import`.
pub async fn page(State(state): State<WebState>, keeper: Keeper) -> Response {
    let at = paths::DIRECTORY_IMPORT.at(keeper.lang);
    render::portal(&state, keeper.lang, at, view(&keeper), StatusCode::OK).await
}

/// What the upload or confirmation form sent.
#[derive(Default)]
struct Sent {
    csrf: String,
    name: String,
    text: String,
    confirm: bool,
}

async fn read(request: Request, state: &WebState) -> Result<Sent, Response> {
    let mut multipart = Multipart::from_request(request, state)
        .await
        .map_err(|e| e.into_response())?;
    let mut sent = Sent::default();
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|_| StatusCode::BAD_REQUEST.into_response())?
    {
        let field_name = field.name().unwrap_or_default().to_string();
        if field_name == "file" {
            sent.name = field.file_name().unwrap_or("sites.csv").to_string();
        }
        let bytes = field
            .bytes()
            .await
            .map_err(|_| StatusCode::PAYLOAD_TOO_LARGE.into_response())?;
        if bytes.len() > FILE_LIMIT {
            return Err(StatusCode::PAYLOAD_TOO_LARGE.into_response());
        }
        let text = String::from_utf8_lossy(&bytes).into_owned();
        match field_name.as_str() {
            "csrf" => sent.csrf = text,
            "file" | "text" => sent.text = text,
            "name" => sent.name = text,
            "confirm" => sent.confirm = text == "1",
            _ => {}
        }
    }
    Ok(sent)
}

fn shown(rows: Vec<PreviewRow>) -> Vec<ImportRow> {
    rows.into_iter()
        .map(|row| {
            let (outcome, details) = match row.outcome {
                RowOutcome::New => ("new", vec![]),
                RowOutcome::Changed(fields) => ("changed", fields),
                RowOutcome::Unchanged => ("unchanged", vec![]),
                RowOutcome::Refused(reason) => ("refused", vec![reason]),
            };
            ImportRow {
                line: row.line,
                id: row.id,
                outcome: outcome.to_string(),
                details,
            }
        })
        .collect()
}

/// `POST /{lang}/staff/directory/import`: a file to preview, or
/// (`confirm=1`) the previewed text to apply.
pub async fn upload(State(state): State<WebState>, keeper: Keeper, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let sent = match read(Request::from_parts(parts.clone(), body), &state).await {
        Ok(sent) => sent,
        Err(response) => return response,
    };
    if !keeper.session.form_is_genuine(Some(&sent.csrf)) {
        let at = paths::DIRECTORY_IMPORT.at(keeper.lang);
        return render::portal(&state, keeper.lang, at, FormExpired, StatusCode::FORBIDDEN).await;
    }
    let allowed = |city: &str| keeper.covers(&state, city);
    let mut answer = view(&keeper);
    answer.name = sent.name.clone();
    let status = if sent.confirm {
        match import::apply(
            &state.app,
            keeper.session.actor(),
            &sent.name,
            &sent.text,
            &allowed,
        )
        .await
        {
            Ok(written) => {
                answer.applied = Some(written);
                StatusCode::OK
            }
            Err(error) => match refusal(&error) {
                Some((key, status)) => {
                    answer.problem = Some(key.to_string());
                    status
                }
                None => return failed(),
            },
        }
    } else {
        match import::preview(&state.app, &sent.name, &sent.text, &allowed).await {
            Ok(rows) => {
                let refused = rows
                    .iter()
                    .any(|r| matches!(r.outcome, RowOutcome::Refused(_)));
                answer.rows = shown(rows);
                if refused {
                    answer.problem = Some("portal-import-refused".into());
                    StatusCode::UNPROCESSABLE_ENTITY
                } else {
                    answer.text = Some(sent.text);
                    StatusCode::OK
                }
            }
            Err(error) => return internal(error),
        }
    };
    let at = paths::DIRECTORY_IMPORT.at(keeper.lang);
    render::portal(&state, keeper.lang, at, answer, status).await
}

/// `GET /{lang}/staff/directory/export.csv` and `…/export.geojson`: the
/// published sites of the keeper's regions, in the format `server import`
/// and the import page read.
pub async fn export(State(state): State<WebState>, keeper: Keeper, parts: Parts) -> Response {
    let directory = state.app.directory();
    let sites: Vec<_> = directory
        .sites()
        .iter()
        .filter(|site| keeper.covers(&state, &site.city))
        .cloned()
        .collect();
    let (body, kind, name) = if parts.uri.path().ends_with(".geojson") {
        let text = serde_json::to_string_pretty(&site_geojson::feature_collection(&sites))
            .expect("GeoJSON is JSON");
        (text, "application/geo+json", "senim-sites.geojson")
    } else {
        (
            site_csv::write_sites(&sites),
            "text/csv; charset=utf-8",
            "senim-sites.csv",
        )
    };
    (
        [
            (header::CONTENT_TYPE, kind.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        body,
    )
        .into_response()
}
