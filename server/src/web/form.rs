//! The one way a posted HTML form is read: at most [`FORM_LIMIT`] bytes
//! (413 beyond), fields in order; and, for the portal, the anti-forgery
//! check that every signed-in form passes first.

use super::WebState;
use crate::services::accounts::Session;
use app::portal_model::FormExpired;
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use vocabulary::Lang;

/// The largest form body read.
pub const FORM_LIMIT: usize = 16 * 1024;

/// A posted form, its fields in order.
pub struct Form(Vec<(String, String)>);

impl Form {
    /// The first value of `name`, if sent.
    pub fn value(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    /// The first value of `name`, empty when not sent.
    pub fn text(&self, name: &str) -> &str {
        self.value(name).unwrap_or("")
    }

    /// Every value of `name` (a multiple choice).
    pub fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> {
        self.0
            .iter()
            .filter(move |(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }
}

/// The request without its body, and the posted form; 413 when the body
/// is larger than [`FORM_LIMIT`].
pub async fn read_form(request: Request) -> Result<(Parts, Form), Response> {
    let (parts, bytes) = read_body(request).await?;
    let fields = form_urlencoded::parse(&bytes).into_owned().collect();
    Ok((parts, Form(fields)))
}

/// The request without its body, and the body; 413 when it is larger than
/// [`FORM_LIMIT`].
async fn read_body(request: Request) -> Result<(Parts, axum::body::Bytes), Response> {
    let (parts, body) = request.into_parts();
    let bytes = axum::body::to_bytes(body, FORM_LIMIT)
        .await
        .map_err(|_| StatusCode::PAYLOAD_TOO_LARGE.into_response())?;
    Ok((parts, bytes))
}

/// A form posted to a `/{lang}/…` address: 404 for a language Senim does
/// not speak, 413 for a body too large.
pub struct LangForm {
    pub lang: Lang,
    /// The request without its body, to render the answer at its address.
    pub parts: Parts,
    pub form: Form,
}

impl FromRequest<WebState> for LangForm {
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
        let (parts, form) = read_form(request).await?;
        Ok(LangForm { lang, parts, form })
    }
}

/// Reads a portal form and refuses it (403, with a page saying so in the
/// user's language) unless it carries the session's anti-forgery token.
pub async fn genuine_form(
    state: &WebState,
    session: &Session,
    request: Request,
) -> Result<(Parts, Form), Response> {
    let (parts, form) = read_form(request).await?;
    if !session.form_is_genuine(form.value("csrf")) {
        // Portal forms are posted to `/{lang}/staff/…`: the page says so there.
        let lang = parts.uri.path().split('/').nth(1).and_then(Lang::from_code);
        let Some(lang) = lang else {
            return Err(StatusCode::NOT_FOUND.into_response());
        };
        let at = parts
            .uri
            .path_and_query()
            .map_or("", |p| p.as_str())
            .to_string();
        let page = super::render::portal(state, lang, at, FormExpired, StatusCode::FORBIDDEN);
        return Err(page.await);
    }
    Ok((parts, form))
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
