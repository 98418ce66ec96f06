//! Importing and exporting the directory in the portal, for admins (every
//! region) and coordinators (their regions). An uploaded file is checked
//! and shown row by row; only a confirmed file is applied, all or nothing.
//! The confirmation sends the same text back, so nothing is kept between
//! the two requests.

use super::access::Keeper;
use crate::services::import::{self, Format, PreviewRow, RowOutcome};
use crate::web::WebState;
use crate::web::page_error::{PageError, PageResult, refused};
use crate::web::render;
use app::portal_model::{FormExpired, ImportRow, ImportView};
use axum::extract::{FromRequest, Multipart, Request, State};
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
pub async fn page(State(state): State<WebState>, keeper: Keeper) -> PageResult {
    let at = paths::DIRECTORY_IMPORT.at(keeper.lang);
    let page = view(&keeper);
    Ok(render::portal(&state, keeper.lang, at, page, StatusCode::OK).await)
}

/// What the upload or confirmation form sent.
#[derive(Default)]
struct Sent {
    csrf: String,
    name: String,
    text: String,
    confirm: bool,
}

async fn read(request: Request, state: &WebState) -> Result<Sent, PageError> {
    let mut multipart = Multipart::from_request(request, state)
        .await
        .map_err(|e| e.into_response())?;
    let mut sent = Sent::default();
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|_| PageError::Status(StatusCode::BAD_REQUEST))?
    {
        let field_name = field.name().unwrap_or_default().to_string();
        if field_name == "file" {
            sent.name = field.file_name().unwrap_or("sites.csv").to_string();
        }
        let bytes = field
            .bytes()
            .await
            .map_err(|_| PageError::Status(StatusCode::PAYLOAD_TOO_LARGE))?;
        if bytes.len() > FILE_LIMIT {
            return Err(PageError::Status(StatusCode::PAYLOAD_TOO_LARGE));
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
pub async fn upload(State(state): State<WebState>, keeper: Keeper, request: Request) -> PageResult {
    let sent = read(request, &state).await?;
    let at = paths::DIRECTORY_IMPORT.at(keeper.lang);
    if !keeper.session.form_is_genuine(Some(&sent.csrf)) {
        let (page, status) = (FormExpired, StatusCode::FORBIDDEN);
        return Ok(render::portal(&state, keeper.lang, at, page, status).await);
    }
    let allowed = |city: &str| keeper.covers(&state, city);
    let mut answer = view(&keeper);
    answer.name = sent.name.clone();
    let status = if sent.confirm {
        let actor = keeper.session.actor();
        let applied = import::apply(&state.app, actor, &sent.name, &sent.text, &allowed).await;
        match applied {
            Ok(written) => {
                answer.applied = Some(written);
                StatusCode::OK
            }
            Err(error) => {
                let (key, status) = refused(error)?;
                answer.problem = Some(key.to_string());
                status
            }
        }
    } else {
        let rows = import::preview(&state.app, &sent.name, &sent.text, &allowed).await?;
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
    };
    let page = answer;
    Ok(render::portal(&state, keeper.lang, at, page, status).await)
}

/// `GET /{lang}/staff/directory/export.csv`.
pub async fn export_csv(State(state): State<WebState>, keeper: Keeper) -> Response {
    export(&state, &keeper, Format::Csv)
}

/// `GET /{lang}/staff/directory/export.geojson`.
pub async fn export_geojson(State(state): State<WebState>, keeper: Keeper) -> Response {
    export(&state, &keeper, Format::GeoJson)
}

/// The published sites of the keeper's regions as a file of `format`,
/// which `server import` and the import page read.
fn export(state: &WebState, keeper: &Keeper, format: Format) -> Response {
    let directory = state.app.directory();
    let sites: Vec<_> = directory
        .sites()
        .iter()
        .filter(|site| keeper.covers(state, &site.city))
        .cloned()
        .collect();
    let today = state.app.now().date_naive();
    let name = format.file_name("senim-sites");
    (
        [
            (header::CONTENT_TYPE, format.media_type().to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        format.write(&sites, today),
    )
        .into_response()
}
