//! What a booking is made of: a nickname, a slot and a random code. No
//! name, phone, e-mail or document, ever.

use super::token::hex;
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// A name to be called by at reception: 2–40 letters, digits, spaces or
/// `-_.`, in any script.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Nickname(String);

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum NicknameError {
    #[error("the nickname needs at least 2 characters")]
    TooShort,
    #[error("the nickname can have at most 40 characters")]
    TooLong,
    #[error("the nickname can only have letters, digits, spaces and - _ .")]
    BadCharacter,
}

impl Nickname {
    pub const MIN: usize = vocabulary::NICKNAME_MIN_CHARS;
    pub const MAX: usize = vocabulary::NICKNAME_MAX_CHARS;

    pub fn parse(raw: &str) -> Result<Nickname, NicknameError> {
        let trimmed = raw.trim();
        let count = trimmed.chars().count();
        if count < Self::MIN {
            return Err(NicknameError::TooShort);
        }
        if count > Self::MAX {
            return Err(NicknameError::TooLong);
        }
        let allowed = |c: char| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_' | '.');
        if !trimmed.chars().all(allowed) {
            return Err(NicknameError::BadCharacter);
        }
        Ok(Nickname(trimmed.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Crockford's base-32 alphabet: no I, L, O or U, so a code read aloud or
/// copied by hand survives.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A booking code, `XXXX-XXXX`: 40 random bits in Crockford base 32.
#[derive(Clone, PartialEq, Eq)]
pub struct BookingCode(String);

impl std::fmt::Debug for BookingCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never printed by accident (logs, panics).
        f.write_str("BookingCode(…)")
    }
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("a booking code has 8 letters and digits, like 7KQ2-M9XD")]
pub struct CodeError;

impl BookingCode {
    /// The code of the low 40 bits of `bits`.
    pub fn from_bits(bits: u64) -> BookingCode {
        let chars: String = (0..8)
            .rev()
            .map(|i| ALPHABET[((bits >> (i * 5)) & 31) as usize] as char)
            .collect();
        BookingCode(format!("{}-{}", &chars[..4], &chars[4..]))
    }

    /// Reads a typed code: case, spaces and dashes do not matter, and the
    /// look-alikes I, L (one) and O (zero) are accepted.
    pub fn parse(typed: &str) -> Result<BookingCode, CodeError> {
        let mut bits = 0u64;
        let mut count = 0;
        for c in typed.chars().filter(|c| !matches!(c, ' ' | '-')) {
            let c = match c.to_ascii_uppercase() {
                'I' | 'L' => '1',
                'O' => '0',
                other => other,
            };
            let value = ALPHABET
                .iter()
                .position(|a| *a as char == c)
                .ok_or(CodeError)?;
            bits = (bits << 5) | value as u64;
            count += 1;
        }
        if count != 8 {
            return Err(CodeError);
        }
        Ok(BookingCode::from_bits(bits))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The server's secret for codes. A code is derived from the booking
/// request's random id, so a repeated submit gets the same booking and
/// code back; only a keyed hash of the code is stored.
#[derive(Clone)]
pub struct CodeKey([u8; 32]);

impl CodeKey {
    pub fn new(key: [u8; 32]) -> CodeKey {
        CodeKey(key)
    }

    fn mac(&self, purpose: &str, input: &str) -> [u8; 32] {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC takes any key length");
        mac.update(purpose.as_bytes());
        mac.update(b"\0");
        mac.update(input.as_bytes());
        mac.finalize().into_bytes().into()
    }

    /// The code for the booking request `request_id`.
    pub fn code_for(&self, request_id: &str) -> BookingCode {
        let digest = self.mac("code", request_id);
        let bits = digest[..5]
            .iter()
            .fold(0u64, |acc, b| (acc << 8) | u64::from(*b));
        BookingCode::from_bits(bits)
    }

    /// What is stored instead of the code.
    pub fn code_hash(&self, code: &BookingCode) -> String {
        hex(&self.mac("code-hash", code.as_str()))
    }

    /// What is stored instead of the request id.
    pub fn request_hash(&self, request_id: &str) -> String {
        hex(&self.mac("request", request_id))
    }

    /// The salt of every day key (`services::day_keys`): the key state
    /// file opens nothing without this key file.
    pub fn day_keys_salt(&self) -> [u8; 32] {
        self.mac("day-keys", "")
    }

    /// What an open report stores of its sender (a client's key), for one
    /// site: tells different senders apart, names none, and links no two
    /// sites' reports.
    pub fn report_sender_hash(&self, site_id: &str, client: &str) -> String {
        hex(&self.mac(&format!("report-sender:{site_id}"), client))
    }

    /// The sign-in form's anti-forgery token for the nonce its pre-session
    /// cookie carries.
    pub fn sign_in_form_token(&self, nonce: &str) -> String {
        hex(&self.mac("sign-in-form", nonce))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn nicknames_in_any_script_are_trimmed() {
        assert_eq!(
            Nickname::parse("  Айгерим_7 ").unwrap().as_str(),
            "Айгерим_7"
        );
        assert_eq!(Nickname::parse("Gül.Nur-2").unwrap().as_str(), "Gül.Nur-2");
        assert_eq!(Nickname::parse("Жұлдыз").unwrap().as_str(), "Жұлдыз");
    }

    #[test]
    fn bad_nicknames_are_refused() {
        assert_eq!(Nickname::parse(" a "), Err(NicknameError::TooShort));
        assert_eq!(
            Nickname::parse(&"x".repeat(41)),
            Err(NicknameError::TooLong)
        );
        assert_eq!(
            Nickname::parse("ab\u{0007}"),
            Err(NicknameError::BadCharacter)
        );
        assert_eq!(Nickname::parse("a@b.kz"), Err(NicknameError::BadCharacter));
        assert_eq!(
            Nickname::parse("<script>"),
            Err(NicknameError::BadCharacter)
        );
    }

    #[test]
    fn codes_read_back_whatever_the_case_dashes_and_look_alikes() {
        let code = BookingCode::from_bits(0x01_2345_6789);
        assert_eq!(code.as_str().len(), 9);
        assert_eq!(
            BookingCode::parse(&code.as_str().to_lowercase()).unwrap(),
            code
        );
        assert_eq!(
            BookingCode::parse("0000-0001").unwrap(),
            BookingCode::parse("oooo oooi").unwrap()
        );
        assert_eq!(BookingCode::parse("1234-567"), Err(CodeError));
        assert_eq!(BookingCode::parse("1234-567U"), Err(CodeError));
    }

    #[test]
    fn a_request_always_gets_the_same_code_and_hashes_hide_it() {
        let key = CodeKey::new([7; 32]);
        let code = key.code_for("request-1");
        assert_eq!(key.code_for("request-1"), code);
        assert_ne!(key.code_for("request-2"), code);
        let hash = key.code_hash(&code);
        assert_eq!(hash.len(), 64);
        assert!(!hash.contains(&code.as_str().replace('-', "").to_lowercase()));
        assert_ne!(CodeKey::new([8; 32]).code_hash(&code), hash);
    }

    proptest! {
        #[test]
        fn every_40_bit_code_round_trips(bits in 0u64..(1 << 40)) {
            let code = BookingCode::from_bits(bits);
            prop_assert_eq!(BookingCode::parse(code.as_str()).unwrap(), code);
        }
    }
}
