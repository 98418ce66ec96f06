//! The sign-in form's pre-session cookie (`domain::access::sign_in_form`): set
//! with every login page, HttpOnly, SameSite=Strict, for as long as the
//! form stays good (`__Host-` prefixed and `Secure` behind HTTPS), and
//! cleared once signed in.

use crate::domain::access::sign_in_form::{SIGN_IN_FORM_MINUTES, SignInForm};
use crate::state::AppState;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::Response;

fn cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-senim_sign_in"
    } else {
        "senim_sign_in"
    }
}

/// A fresh form: the token for the page, and the cookie to set with it.
pub fn issue(app: &AppState) -> (String, String) {
    let form = SignInForm::issue(&app.code_key, app.now());
    let cookie = format!(
        "{}={}; Path=/; HttpOnly; SameSite=Strict; Max-Age={}{}",
        cookie_name(app.secure_cookies),
        form.nonce,
        SIGN_IN_FORM_MINUTES * 60,
        if app.secure_cookies { "; Secure" } else { "" }
    );
    (form.token, cookie)
}

/// Whether a posted sign-in carries the token of its own cookie.
pub fn is_genuine(app: &AppState, headers: &HeaderMap, token: Option<&str>) -> bool {
    let name = cookie_name(app.secure_cookies);
    let nonce = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .find_map(|pair| pair.trim().strip_prefix(name)?.strip_prefix('='));
    SignInForm::is_genuine(&app.code_key, nonce, token, app.now())
}

/// The `Set-Cookie` value that clears the cookie.
pub fn cleared(app: &AppState) -> String {
    format!(
        "{}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0{}",
        cookie_name(app.secure_cookies),
        if app.secure_cookies { "; Secure" } else { "" }
    )
}

/// Adds a `Set-Cookie` header to `response`, beside any it has.
pub fn add(mut response: Response, value: &str) -> Response {
    if let Ok(value) = HeaderValue::from_str(value) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}
