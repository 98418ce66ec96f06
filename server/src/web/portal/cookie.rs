//! The portal's sign-in cookie: a random token, HttpOnly and
//! SameSite=Strict (and `Secure` behind HTTPS), lasting as long as a
//! session does.

use crate::services::accounts::SESSION_HOURS;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::Response;

const COOKIE: &str = "senim_portal";

/// The session token the request's cookie carries, if any.
pub fn token(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .find_map(|pair| {
            pair.trim()
                .strip_prefix(&format!("{COOKIE}="))
                .map(str::to_string)
        })
        .filter(|token| !token.is_empty())
}

/// The `Set-Cookie` value that starts a session in the browser.
pub fn starting(token: &str, secure: bool) -> String {
    format!(
        "{COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict; Max-Age={}{}",
        SESSION_HOURS * 3600,
        if secure { "; Secure" } else { "" }
    )
}

/// The `Set-Cookie` value that ends the session in the browser.
pub fn ending(secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0{secure}")
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

    #[test]
    fn cookies_are_secure_when_served_over_https() {
        let plain = starting("abc", false);
        assert!(plain.contains("HttpOnly; SameSite=Strict") && !plain.contains("Secure"));
        assert!(starting("abc", true).ends_with("; Secure"));
        assert!(ending(true).ends_with("; Secure"));
        let mut headers = HeaderMap::new();
        headers.insert(header::COOKIE, "a=1; senim_portal=abc".parse().unwrap());
        assert_eq!(token(&headers).as_deref(), Some("abc"));
    }
}
