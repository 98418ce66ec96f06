//! Public pages that are the same for every visitor of a language: the
//! search and results page (`/{lang}`, any query), Help now
//! (`/{lang}/help`) and "What Senim keeps about you" (`/{lang}/privacy`).
//! They read nothing but the directory index, the gazetteer, the settings
//! and the clock, so one rendering serves everyone asking for the
//! same address in the same minute of the same directory build. An address
//! is kept only when it is asked for a second time in its minute (the first
//! request renders and is forgotten, the second renders and is kept); the
//! others get a copy with a fresh nonce of their own. So queries asked once
//! (typos, junk, a script's random addresses) never take a place in it.
//!
//! The cache holds one minute of one directory build at most: the minute
//! turns or the directory is rebuilt, and it starts empty. It keeps at most
//! [`MAX_PAGES`] pages, and remembers at most [`MAX_SEEN`] addresses asked
//! once (as hashes; forgotten all at once when full), so odd queries cannot
//! make it grow.

use super::WebState;
use super::error::failed;
use crate::domain::index::directory::Directory;
use axum::body::{Body, Bytes, to_bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;
use chrono::Utc;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, RandomState};
use std::sync::{Arc, Mutex, Weak};
use vocabulary::Lang;
use vocabulary::paths::{self, Page};

/// Addresses kept per minute (a results page is about 70 KB).
const MAX_PAGES: usize = 64;

/// Addresses asked once that are remembered per minute, until a second ask.
const MAX_SEEN: usize = 8192;

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
    /// Hashes of the addresses asked once this minute.
    seen: HashSet<u64>,
    hasher: RandomState,
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

/// What the cache knows of an address this minute.
enum Lookup {
    /// Kept: serve this copy.
    Kept(Arc<Rendered>),
    /// Asked before this minute: render it and keep it.
    AskedBefore,
    /// The first ask: render it and forget it.
    FirstAsk,
}

impl PageCache {
    fn look_up(&self, directory: &Arc<Directory>, minute: i64, address: &str) -> Lookup {
        let mut generation = self.0.lock().expect("page cache lock");
        if !generation.is_for(directory, minute) {
            *generation = Generation {
                directory: Arc::downgrade(directory),
                minute,
                ..Generation::default()
            };
        }
        if let Some(page) = generation.pages.get(address) {
            return Lookup::Kept(page.clone());
        }
        let hash = generation.hasher.hash_one(address);
        if generation.seen.contains(&hash) {
            return Lookup::AskedBefore;
        }
        if generation.seen.len() >= MAX_SEEN {
            generation.seen.clear();
        }
        generation.seen.insert(hash);
        Lookup::FirstAsk
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
    const ALIKE: [Page; 3] = [paths::SEARCH, paths::HELP, paths::PRIVACY];
    Lang::from_code(
        path.trim_start_matches('/')
            .split('/')
            .next()
            .unwrap_or_default(),
    )
    .is_some_and(|lang| ALIKE.iter().any(|page| page.at(lang) == path))
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
    match state.pages.look_up(&directory, minute, &address) {
        Lookup::Kept(page) => return page.with_fresh_nonce(),
        Lookup::FirstAsk => return next.run(request).await,
        Lookup::AskedBefore => {}
    }
    let response = next.run(request).await;
    let Some(nonce) = nonce_to_keep(&response) else {
        return response;
    };
    let (parts, body) = response.into_parts();
    let body = match read_text(body).await {
        Ok(body) => body,
        Err(error) => {
            tracing::error!(%error, "request failed");
            return failed();
        }
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
    fn only_the_search_help_and_privacy_pages_are_alike_for_everyone() {
        assert!(same_for_everyone("/ru"));
        assert!(same_for_everyone("/kk/help"));
        assert!(same_for_everyone("/tg/privacy"));
        assert!(same_for_everyone("/uz"));
        assert!(!same_for_everyone("/ru/site/demo-taraz-friendly-cabinet"));
        assert!(!same_for_everyone("/ru/book/demo-taraz-friendly-cabinet"));
        assert!(!same_for_everyone("/ru/booking"));
        assert!(!same_for_everyone("/ru/staff"));
        assert!(!same_for_everyone("/api/v1/sites"));
        assert!(!same_for_everyone("/xx"));
        assert!(!same_for_everyone("/ru/"));
        assert!(!same_for_everyone("/ru/help/x"));
    }

    fn page() -> Rendered {
        Rendered {
            headers: HeaderMap::new(),
            body: "<p>page</p>".into(),
            nonce: "n".into(),
        }
    }

    #[test]
    fn an_address_is_kept_only_when_asked_for_a_second_time() {
        let cache = PageCache::default();
        let directory = Arc::new(Directory::build(vec![], Utc::now()));
        let address = "/ru?place=Taraz";
        assert!(matches!(
            cache.look_up(&directory, 1, address),
            Lookup::FirstAsk
        ));
        assert!(matches!(
            cache.look_up(&directory, 1, address),
            Lookup::AskedBefore
        ));
        cache.keep(&directory, 1, address.into(), page());
        assert!(matches!(
            cache.look_up(&directory, 1, address),
            Lookup::Kept(_)
        ));
        assert!(
            matches!(cache.look_up(&directory, 2, address), Lookup::FirstAsk),
            "a new minute starts empty"
        );
    }

    #[test]
    fn addresses_asked_once_take_no_place() {
        let cache = PageCache::default();
        let directory = Arc::new(Directory::build(vec![], Utc::now()));
        for n in 0..3 * MAX_SEEN {
            let junk = format!("/ru?place=junk{n}");
            assert!(matches!(
                cache.look_up(&directory, 1, &junk),
                Lookup::FirstAsk
            ));
        }
        let generation = cache.0.lock().unwrap();
        assert!(generation.pages.is_empty());
        assert!(generation.seen.len() <= MAX_SEEN);
        drop(generation);
        let address = "/ru?place=Taraz";
        cache.look_up(&directory, 1, address);
        assert!(matches!(
            cache.look_up(&directory, 1, address),
            Lookup::AskedBefore
        ));
        cache.keep(&directory, 1, address.into(), page());
        assert!(matches!(
            cache.look_up(&directory, 1, address),
            Lookup::Kept(_)
        ));
    }

    #[test]
    fn the_nonce_is_read_from_the_policy() {
        let policy = app::security::policy("abc_DEF-123");
        assert_eq!(nonce_of(&policy), Some("abc_DEF-123"));
        assert_eq!(nonce_of("default-src 'none'"), None);
    }
}
