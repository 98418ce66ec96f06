//! The one way a posted HTML form is read: at most [`FORM_LIMIT`] bytes
//! (413 beyond), into the form's serde struct from `vocabulary::forms`:
//! [`LangForm`] for the public pages, [`CsrfForm`] for the portal, after
//! the anti-forgery check that every signed-in form passes first.

use super::WebState;
use app::portal_model::FormExpired;
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use vocabulary::Lang;

/// The largest form body read.
pub const FORM_LIMIT: usize = 16 * 1024;

/// The request without its body, and the body; 413 when it is larger than
/// [`FORM_LIMIT`].
async fn read_body(request: Request) -> Result<(Parts, axum::body::Bytes), Response> {
    let (parts, body) = request.into_parts();
    let bytes = axum::body::to_bytes(body, FORM_LIMIT)
        .await
        .map_err(|_| StatusCode::PAYLOAD_TOO_LARGE.into_response())?;
    Ok((parts, bytes))
}

/// A form posted to a `/{lang}/…` address, read into `T` (one serde
/// struct per form): 404 for a language Senim does not speak, 413 for a
/// body too large, 422 for a body no page of ours sends.
pub struct LangForm<T> {
    pub lang: Lang,
    /// The request without its body, to render the answer at its address.
    pub parts: Parts,
    pub form: T,
}

impl<T: serde::de::DeserializeOwned> FromRequest<WebState> for LangForm<T> {
    type Rejection = Response;

    async fn from_request(request: Request, _: &WebState) -> Result<Self, Response> {
        let segment = request
            .uri()
            .path()
            .trim_start_matches('/')
            .split('/')
            .next();
        let Some(lang) = segment.and_then(Lang::from_code) else {
            return Err(StatusCode::NOT_FOUND.into_response());
        };
        let (parts, bytes) = read_body(request).await?;
        let form = serde_html_form::from_bytes(&bytes)
            .map_err(|_| StatusCode::UNPROCESSABLE_ENTITY.into_response())?;
        Ok(LangForm { lang, parts, form })
    }
}

/// Who a portal form is from, as the asker extractors in
/// `web::portal::access` found it: the page's language and the session's
/// anti-forgery token. They leave it in the request for [`CsrfForm`].
#[derive(Clone, Debug)]
pub struct Asker {
    pub lang: Lang,
    pub csrf: String,
}

/// A portal form read into `T` (one serde struct per form): at most
/// [`FORM_LIMIT`] bytes (413 beyond), refused with a page saying so (403)
/// unless it carries the session's anti-forgery token, then read by serde
/// (repeated fields into `Vec`s; 422 for a body no page of ours sends).
/// It goes last in a handler, after the extractor that checked who asks.
pub struct CsrfForm<T>(pub T);

impl<T: serde::de::DeserializeOwned> FromRequest<WebState> for CsrfForm<T> {
    type Rejection = Response;

    async fn from_request(request: Request, state: &WebState) -> Result<Self, Response> {
        let Some(asker) = request.extensions().get::<Asker>().cloned() else {
            let fault = "a portal form read before its asker was checked";
            return Err(super::page_error::PageError::Fault(fault.into()).into_response());
        };
        let at = request.uri().path().to_string();
        let (_, bytes) = read_body(request).await?;
        let token = form_urlencoded::parse(&bytes)
            .find(|(name, _)| name == "csrf")
            .map(|(_, token)| token);
        if !crate::services::accounts::same_token(&asker.csrf, token.as_deref()) {
            let view = FormExpired;
            return Err(
                super::render::portal(state, asker.lang, at, view, StatusCode::FORBIDDEN).await,
            );
        }
        serde_html_form::from_bytes(&bytes)
            .map(CsrfForm)
            .map_err(|_| StatusCode::UNPROCESSABLE_ENTITY.into_response())
    }
}
