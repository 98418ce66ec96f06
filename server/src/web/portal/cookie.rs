//! The portal's sign-in cookie: a random token, HttpOnly and
//! SameSite=Strict, lasting as long as a session may. Over HTTPS it is
//! `__Host-senim_portal` and `Secure`: the browser then keeps it only from
//! a secure page of this very host with `Path=/` and no `Domain`, so
//! neither a plain-HTTP page nor another subdomain can set or shadow it.
//! Plain HTTP (a developer's machine) uses `senim_portal`, which a browser
//! would refuse under the prefix.

use crate::services::accounts::SESSION_HOURS;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::Response;

/// The cookie's name, over HTTPS (`secure`) or not.
fn name(secure: bool) -> &'static str {
    if secure {
        "__Host-senim_portal"
    } else {
        "senim_portal"
    }
}

/// The session token the request's cookie carries, if any (under the
/// name of this scheme only).
pub fn token(headers: &HeaderMap, secure: bool) -> Option<String> {
    let prefix = format!("{}=", name(secure));
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .find_map(|pair| pair.trim().strip_prefix(&prefix).map(str::to_string))
        .filter(|token| !token.is_empty())
}

/// The attributes every portal cookie carries.
fn attributes(secure: bool, max_age: i64) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age}{secure}")
}

/// The `Set-Cookie` value that starts a session in the browser.
pub fn starting(token: &str, secure: bool) -> String {
    let attributes = attributes(secure, SESSION_HOURS * 3600);
    format!("{}={token}; {attributes}", name(secure))
}

/// The `Set-Cookie` value that ends the session in the browser.
pub fn ending(secure: bool) -> String {
    format!("{}=; {}", name(secure), attributes(secure, 0))
}

/// Adds a `Set-Cookie` header to `response`.
pub fn set(mut response: Response, value: &str) -> Response {
    if let Ok(value) = HeaderValue::from_str(value) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn carrying(cookie: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::COOKIE, cookie.parse().unwrap());
        headers
    }

    #[test]
    fn plain_http_cookies_have_a_plain_name_and_no_secure_flag() {
        let plain = starting("abc", false);
        assert!(plain.starts_with("senim_portal=abc; Path=/; HttpOnly; SameSite=Strict"));
        assert!(!plain.contains("Secure") && !plain.contains("Domain"));
        assert_eq!(
            token(&carrying("a=1; senim_portal=abc"), false).as_deref(),
            Some("abc")
        );
    }

    #[test]
    fn https_cookies_keep_the_host_prefix_rules() {
        let secure = starting("abc", true);
        assert!(
            secure.starts_with("__Host-senim_portal=abc; Path=/;"),
            "{secure}"
        );
        assert!(secure.ends_with("; Secure") && !secure.contains("Domain"));
        let ended = ending(true);
        assert!(ended.starts_with("__Host-senim_portal=; Path=/;") && ended.ends_with("; Secure"));
        assert_eq!(
            token(&carrying("__Host-senim_portal=abc"), true).as_deref(),
            Some("abc")
        );
        assert_eq!(
            token(&carrying("senim_portal=abc"), true),
            None,
            "a cookie without the prefix may have been set over plain HTTP"
        );
    }
}
