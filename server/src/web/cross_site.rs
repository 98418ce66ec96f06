//! The one gate against forms posted from other web sites: a request that
//! can change something (any method but GET, HEAD and OPTIONS) is refused
//! with 403 when the browser says, in `Sec-Fetch-Site`, that another site
//! sent it. Every route is behind it (`web::router` layers it over the
//! whole router), so no route can forget it.
//!
//! `cross-site` and `same-site` are refused: Senim serves every page and
//! every form from one origin, so not even a sibling host of the same
//! domain (which may be run by someone else) has a reason to post to it.
//! `same-origin`, `none` (the user's own action) and no header at all
//! (curl, API clients, browsers that predate the header) pass. `Origin` is
//! not read: under `Referrer-Policy: no-referrer` browsers send
//! `Origin: null` with Senim's own forms too.
//!
//! The answer is JSON (`{"error": …}`) under `/api/` and `/fhir/`, and a
//! page in the visitor's language everywhere else. Nothing is read from
//! the body and nothing is written.

use super::WebState;
use super::canonical::preferred_lang;
use super::error::ApiError;
use super::render;
use app::model::CrossSiteRefusal;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use vocabulary::Lang;

/// The API's sentence for a refused cross-site request.
pub const API_MESSAGE: &str =
    "requests from another site are refused: send this from Senim's own pages or without a browser";

/// Passes every request on but a cross-site one that can change something.
pub async fn refuse_cross_site(
    State(state): State<WebState>,
    request: Request,
    next: Next,
) -> Response {
    if !is_cross_site_change(request.method(), request.headers()) {
        return next.run(request).await;
    }
    let path = request.uri().path();
    if path.starts_with("/api/") || path.starts_with("/fhir/") {
        return ApiError(StatusCode::FORBIDDEN, API_MESSAGE.to_string()).into_response();
    }
    let lang = lang_of(path, request.headers());
    let at = if path.starts_with(&format!("/{}/", lang.code())) {
        path.to_string()
    } else {
        // Outside a language (`/_sfn/…`, `/xx/…`): in the frame of the
        // language's start.
        format!("/{}", lang.code())
    };
    render::portal(&state, lang, at, CrossSiteRefusal, StatusCode::FORBIDDEN).await
}

/// Whether a request can change something and the browser says another
/// site (or a sibling host of the same site) sent it.
pub fn is_cross_site_change(method: &Method, headers: &HeaderMap) -> bool {
    if matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS) {
        return false;
    }
    headers
        .get_all("sec-fetch-site")
        .iter()
        .any(|value| value == "cross-site" || value == "same-site")
}

/// The language of the address's first segment, or else the one the
/// browser prefers.
fn lang_of(path: &str, headers: &HeaderMap) -> Lang {
    let segment = path.trim_start_matches('/').split('/').next().unwrap_or("");
    Lang::from_code(segment).unwrap_or_else(|| {
        let asked = headers.get(header::ACCEPT_LANGUAGE);
        preferred_lang(asked.and_then(|v| v.to_str().ok()).unwrap_or(""))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn saying(value: Option<&str>) -> HeaderMap {
        let mut headers = HeaderMap::new();
        if let Some(value) = value {
            headers.insert("sec-fetch-site", value.parse().unwrap());
        }
        headers
    }

    #[test]
    fn only_changes_from_another_site_are_refused() {
        for method in [Method::POST, Method::PUT, Method::PATCH, Method::DELETE] {
            assert!(is_cross_site_change(&method, &saying(Some("cross-site"))));
            assert!(is_cross_site_change(&method, &saying(Some("same-site"))));
            for passing in [Some("same-origin"), Some("none"), None] {
                assert!(!is_cross_site_change(&method, &saying(passing)));
            }
        }
        for reading in [Method::GET, Method::HEAD, Method::OPTIONS] {
            assert!(!is_cross_site_change(&reading, &saying(Some("cross-site"))));
        }
    }

    #[test]
    fn the_page_speaks_the_address_language_or_the_browser_one() {
        let mut headers = HeaderMap::new();
        headers.insert(header::ACCEPT_LANGUAGE, "kk-KZ".parse().unwrap());
        assert_eq!(lang_of("/en/site/x", &headers), Lang::En);
        assert_eq!(lang_of("/_sfn/find", &headers), Lang::Kk);
        assert_eq!(lang_of("/xx/site/x", &HeaderMap::new()), Lang::Ru);
    }
}
