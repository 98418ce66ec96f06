//! Canonical addresses: an address with a trailing slash (`/ru/`,
//! `/kk/help/`) is sent, permanently, to the one without; `/` sends a
//! browser to the language it prefers (Russian when it names none Senim
//! speaks). No cookie is set either way.

use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use vocabulary::Lang;

/// Redirects a GET or HEAD for `/…/` to `/…` (query kept); passes the rest on.
pub async fn drop_trailing_slash(request: Request, next: Next) -> Response {
    let path = request.uri().path();
    let reads = matches!(*request.method(), Method::GET | Method::HEAD);
    if !reads || path == "/" || !path.ends_with('/') {
        return next.run(request).await;
    }
    // Trimmed both ways, so `//elsewhere.example/` cannot become a
    // protocol-relative address.
    let canonical = format!("/{}", path.trim_matches('/'));
    let location = match request.uri().query() {
        Some(query) => format!("{canonical}?{query}"),
        None => canonical,
    };
    Redirect::permanent(&location).into_response()
}

/// `GET /`: the page in the language the browser prefers.
pub async fn root(headers: HeaderMap) -> Response {
    let asked = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok());
    let lang = preferred_lang(asked.unwrap_or(""));
    let mut response = Redirect::temporary(&format!("/{}", lang.code())).into_response();
    response
        .headers_mut()
        .insert(header::VARY, HeaderValue::from_static("Accept-Language"));
    response
}

/// The language of an `Accept-Language` header that Senim speaks with the
/// highest weight (the first of equal weights); Russian when none.
pub fn preferred_lang(accept_language: &str) -> Lang {
    let mut best: Option<(f32, Lang)> = None;
    for item in accept_language.split(',') {
        let mut parts = item.split(';');
        let tag = parts.next().unwrap_or("").trim();
        let primary = tag.split('-').next().unwrap_or("").to_ascii_lowercase();
        let weight = parts
            .find_map(|p| p.trim().strip_prefix("q="))
            .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())
            .unwrap_or(0.0);
        let Some(lang) = Lang::from_code(&primary) else {
            continue;
        };
        if weight > 0.0 && best.is_none_or(|(w, _)| weight > w) {
            best = Some((weight, lang));
        }
    }
    best.map_or(Lang::default(), |(_, lang)| lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_heaviest_language_senim_speaks_wins() {
        assert_eq!(preferred_lang("kk-KZ,kk;q=0.9,ru;q=0.8"), Lang::Kk);
        assert_eq!(preferred_lang("de-DE,de;q=0.9,en;q=0.5,kk;q=0.4"), Lang::En);
        assert_eq!(preferred_lang("en;q=0.3, ru;q=0.7"), Lang::Ru);
        assert_eq!(preferred_lang("EN-us"), Lang::En);
        assert_eq!(preferred_lang("uz-UZ,uz;q=0.9,ru;q=0.8"), Lang::Uz);
        assert_eq!(preferred_lang("ky,ru;q=0.5"), Lang::Ky);
        assert_eq!(preferred_lang("tg-TJ"), Lang::Tg);
        assert_eq!(preferred_lang("kk;q=0, en;q=0.1"), Lang::En);
    }

    #[test]
    fn russian_when_nothing_fits() {
        assert_eq!(preferred_lang(""), Lang::Ru);
        assert_eq!(preferred_lang("de, fr;q=0.8"), Lang::Ru);
        assert_eq!(preferred_lang("*"), Lang::Ru);
        assert_eq!(preferred_lang("en;q=abc"), Lang::Ru);
    }
}
