//! The sign-in form's anti-forgery token, before any session exists. The
//! login page sets a short-lived cookie with a random nonce (and when it
//! ends) and puts a keyed hash of that nonce in the form; a sign-in counts
//! only when the two match. Another site can make a browser post the form,
//! but it can neither read the cookie nor make the hash, so it cannot sign
//! a visitor into an account of its choosing (login CSRF). Nothing is
//! stored on the server: any instance with the key checks any form.

use super::token::{random_hex, same};
use crate::domain::bookings::booking::CodeKey;
use chrono::{DateTime, TimeDelta, Utc};

/// How long a sign-in form stays good after its page was shown.
pub const SIGN_IN_FORM_MINUTES: i64 = 60;

/// A login page's pair: the cookie's nonce and the form's token.
#[derive(Debug, Clone, PartialEq)]
pub struct SignInForm {
    pub nonce: String,
    pub token: String,
}

impl SignInForm {
    /// A fresh pair, good for [`SIGN_IN_FORM_MINUTES`] from `now`.
    pub fn issue(key: &CodeKey, now: DateTime<Utc>) -> SignInForm {
        let ends = now + TimeDelta::minutes(SIGN_IN_FORM_MINUTES);
        let nonce = format!("{}.{}", ends.timestamp(), random_hex::<16>());
        let token = key.sign_in_form_token(&nonce);
        SignInForm { nonce, token }
    }

    /// Whether a posted form's token belongs to the cookie's nonce and the
    /// nonce has not ended (compared in constant time).
    pub fn is_genuine(
        key: &CodeKey,
        nonce: Option<&str>,
        token: Option<&str>,
        now: DateTime<Utc>,
    ) -> bool {
        let (Some(nonce), Some(token)) = (nonce, token) else {
            return false;
        };
        let ends = nonce
            .split_once('.')
            .and_then(|(ends, _)| ends.parse::<i64>().ok());
        let current = ends.is_some_and(|ends| now.timestamp() < ends);
        let matches = same(token, &key.sign_in_form_token(nonce));
        current && matches
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> CodeKey {
        CodeKey::new([3; 32])
    }

    #[test]
    fn a_form_is_genuine_only_with_its_own_cookie_and_in_time() {
        let now = Utc::now();
        let form = SignInForm::issue(&key(), now);
        let genuine = |nonce: Option<&str>, token: Option<&str>, at| {
            SignInForm::is_genuine(&key(), nonce, token, at)
        };
        assert!(genuine(Some(&form.nonce), Some(&form.token), now));
        let other = SignInForm::issue(&key(), now);
        assert!(!genuine(Some(&other.nonce), Some(&form.token), now));
        assert!(!genuine(Some(&form.nonce), None, now));
        assert!(!genuine(None, Some(&form.token), now));
        assert!(!genuine(Some(&form.nonce), Some(""), now));
        let later = now + TimeDelta::minutes(SIGN_IN_FORM_MINUTES);
        assert!(!genuine(Some(&form.nonce), Some(&form.token), later));
        let forged = SignInForm::issue(&CodeKey::new([4; 32]), now);
        assert!(!genuine(Some(&forged.nonce), Some(&forged.token), now));
    }
}
