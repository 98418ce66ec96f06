//! Public pages that are the same for every visitor of a language: the
//! search and results page (`/{lang}`, any query) and Help now
//! (`/{lang}/help`). They read nothing but the directory index, the
//! gazetteer and the clock, so one rendering serves everyone asking for the
//! same address in the same minute of the same directory build. The first
//! request renders; the others get a copy with a fresh nonce of their own.
//!
//! The cache holds one minute of one directory build at most: the minute
//! turns or the directory is rebuilt, and it starts empty. It keeps at most
//! [`MAX_PAGES`] addresses, so odd queries cannot make it grow.

use super::WebState;
use super::error::internal;
use crate::domain::directory::Directory;
use axum::body::{Body, Bytes, to_bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;
use chrono::Utc;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, Weak};

/// Addresses kept per minute (a results page is about 70 KB).
const MAX_PAGES: usize = 64;

/// The largest page kept.
const MAX_PAGE_BYTES: usize = 512 * 1024;

/// One minute's pages of one directory build.
#[derive(Default)]
pub struct PageCache(Mutex<Generation>);

#[derive(Default)]
struct Generation {
    /// Weak, so the build's address is never reused while it is compared.
    directory: Weak<Directory>,
    minute: i64,
    pages: HashMap<String, Arc<Rendered>>,
}

impl Generation {
    fn is_for(&self, directory: &Arc<Directory>, minute: i64) -> bool {
        self.minute == minute && Weak::ptr_eq(&self.directory, &Arc::downgrade(directory))
    }
}

/// A rendered page and the nonce its inline scripts carry.
struct Rendered {
    headers: HeaderMap,
    body: String,
    nonce: String,
}

impl PageCache {
    fn get(&self, directory: &Arc<Directory>, minute: i64, address: &str) -> Option<Arc<Rendered>> {
        let mut generation = self.0.lock().expect("page cache lock");
        if !generation.is_for(directory, minute) {
            *generation = Generation {
                directory: Arc::downgrade(directory),
                minute,
                pages: HashMap::new(),
            };
            return None;
        }
        generation.pages.get(address).cloned()
    }

    fn keep(&self, directory: &Arc<Directory>, minute: i64, address: String, page: Rendered) {
        let mut generation = self.0.lock().expect("page cache lock");
        if generation.is_for(directory, minute)
            && generation.pages.len() < MAX_PAGES
            && page.body.len() <= MAX_PAGE_BYTES
        {
            generation.pages.insert(address, Arc::new(page));
        }
    }
}

/// Whether the page at `path` is one of those every visitor gets alike:
/// nothing about the asker (a portal session included) may be rendered
/// into it.
pub fn same_for_everyone(path: &str) -> bool {
    let mut segments = path.trim_start_matches('/').split('/');
    let lang = segments.next().unwrap_or_default();
    if app::i18n::Lang::from_code(lang).is_none() {
        return false;
    }
    matches!(
        (segments.next(), segments.next()),
        (None, _) | (Some("help"), None)
    )
}

/// Serves a page every visitor gets alike from the cache, rendering it on
/// the first request of its minute.
pub async fn serve_cached(State(state): State<WebState>, request: Request, next: Next) -> Response {
    if request.method() != Method::GET || !same_for_everyone(request.uri().path()) {
        return next.run(request).await;
    }
    let address = request.uri().to_string();
    let directory = state.app.directory();
    let minute = this_minute();
    if let Some(page) = state.pages.get(&directory, minute, &address) {
        return page.with_fresh_nonce();
    }
    let response = next.run(request).await;
    let Some(nonce) = nonce_to_keep(&response) else {
        return response;
    };
    let (parts, body) = response.into_parts();
    let body = match read_text(body).await {
        Ok(body) => body,
        Err(error) => return internal(error),
    };
    let page = Rendered {
        headers: parts.headers,
        body,
        nonce,
    };
    let answer = page.with_fresh_nonce();
    // Kept only if rendered within the minute it is kept for.
    if this_minute() == minute {
        state.pages.keep(&directory, minute, address, page);
    }
    answer
}

fn this_minute() -> i64 {
    Utc::now().timestamp().div_euclid(60)
}

/// The nonce of a `200` page that may be kept: one the page did not mark
/// `no-store` (or give any cache rule), whose policy names a nonce.
fn nonce_to_keep(response: &Response) -> Option<String> {
    if response.status() != StatusCode::OK || response.headers().contains_key(header::CACHE_CONTROL)
    {
        return None;
    }
    let policy = response.headers().get(header::CONTENT_SECURITY_POLICY)?;
    nonce_of(policy.to_str().ok()?).map(str::to_string)
}

async fn read_text(body: Body) -> Result<String, String> {
    // Our own page, already rendered: read it whole.
    let bytes = to_bytes(body, usize::MAX)
        .await
        .map_err(|error| format!("a rendered page could not be read: {error}"))?;
    String::from_utf8(bytes.to_vec())
        .map_err(|error| format!("a rendered page is not UTF-8: {error}"))
}

impl Rendered {
    /// A copy whose scripts and policy carry a nonce of its own.
    fn with_fresh_nonce(&self) -> Response {
        let nonce = leptos::nonce::Nonce::new().to_string();
        let body = self.body.replace(&self.nonce, &nonce);
        let mut response = Response::new(Body::from(Bytes::from(body)));
        *response.headers_mut() = self.headers.clone();
        if let Ok(policy) = HeaderValue::from_str(&app::security::policy(&nonce)) {
            response
                .headers_mut()
                .insert(header::CONTENT_SECURITY_POLICY, policy);
        }
        response.headers_mut().remove(header::CONTENT_LENGTH);
        response
    }
}

/// The nonce a page's policy allows scripts by.
fn nonce_of(policy: &str) -> Option<&str> {
    let start = policy.find("'nonce-")? + "'nonce-".len();
    let length = policy[start..].find('\'')?;
    Some(&policy[start..start + length])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_search_and_help_pages_are_alike_for_everyone() {
        assert!(same_for_everyone("/ru"));
        assert!(same_for_everyone("/kk/help"));
        assert!(same_for_everyone("/uz"));
        assert!(!same_for_everyone("/ru/site/demo-taraz-friendly-cabinet"));
        assert!(!same_for_everyone("/ru/book/demo-taraz-friendly-cabinet"));
        assert!(!same_for_everyone("/ru/booking"));
        assert!(!same_for_everyone("/ru/staff"));
        assert!(!same_for_everyone("/api/v1/sites"));
        assert!(!same_for_everyone("/xx"));
    }

    #[test]
    fn the_nonce_is_read_from_the_policy() {
        let policy = app::security::policy("abc_DEF-123");
        assert_eq!(nonce_of(&policy), Some("abc_DEF-123"));
        assert_eq!(nonce_of("default-src 'none'"), None);
    }
}
