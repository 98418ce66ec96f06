//! An address that carries more of a person's search than a place name
//! (coordinates from "use my location", a service such as PEP, any filter)
//! is answered with `Cache-Control: no-store`, so neither the browser's
//! HTTP cache nor Senim's service worker (`app/public/sw.js`, which keeps
//! nothing sent `no-store` and applies the same rule itself) keeps a copy
//! on the phone. The search by place name alone and the plain pages stay
//! cacheable, so they can be read offline.

use axum::extract::Request;
use axum::http::{HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::Response;

/// The one query parameter that may be kept: the settlement searched from
/// (the search form's and Help now's place field).
pub const PLACE: &str = "place";

/// Marks the answer to a search beyond a place name `no-store` (unless it
/// already says how to be cached).
pub async fn no_store_for_searches(request: Request, next: Next) -> Response {
    let private = request.method() == Method::GET
        && request.uri().query().is_some_and(carries_more_than_a_place);
    let mut response = next.run(request).await;
    if private {
        response
            .headers_mut()
            .entry(header::CACHE_CONTROL)
            .or_insert(HeaderValue::from_static("no-store"));
    }
    response
}

/// Whether a query names anything but a place: a parameter other than
/// [`PLACE`] with a value (the form sends empty filters as `service=`).
pub fn carries_more_than_a_place(query: &str) -> bool {
    form_urlencoded::parse(query.as_bytes()).any(|(key, value)| key != PLACE && !value.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_place_name_and_empty_filters_are_not_private() {
        for plain in [
            "",
            "place=Taraz",
            "place=%D0%A2%D0%B0%D1%80%D0%B0%D0%B7&service=&kind=&lang=",
        ] {
            assert!(!carries_more_than_a_place(plain), "{plain}");
        }
        for private in [
            "lat=43.24&lon=76.95",
            "place=Taraz&service=pep",
            "place=Taraz&weekend=1",
            "place=Taraz&lang=uz",
            "anything=else",
        ] {
            assert!(carries_more_than_a_place(private), "{private}");
        }
    }
}
