//! What a booking is made of: a nickname, a slot and a random code. No
//! name, phone, e-mail or document, ever.

use crate::domain::access::token::hex;
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// A name to be called by at reception: 2–40 letters, digits, spaces or
/// `-_.`, in any script, and never seven digits in a row (that looks like a
/// phone number: contact data by accident).
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
    #[error("the nickname looks like a phone number: choose a nickname, not a number")]
    LooksLikePhone,
}

impl Nickname {
    pub const MIN: usize = vocabulary::NICKNAME_MIN_CHARS;
    pub const MAX: usize = vocabulary::NICKNAME_MAX_CHARS;
    /// This many digits in a row look like a phone number.
    pub const MAX_DIGITS_IN_A_ROW: usize = 6;

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
        if longest_digit_run(trimmed) > Self::MAX_DIGITS_IN_A_ROW {
            return Err(NicknameError::LooksLikePhone);
        }
        Ok(Nickname(trimmed.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The most digits (of any script) that follow one another in `text`.
fn longest_digit_run(text: &str) -> usize {
    let mut longest = 0;
    let mut run = 0;
    for c in text.chars() {
        run = if c.is_numeric() { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    longest
}

/// How long a booking request's id answers with its booking when sent
/// again (a double click, a page reloaded): its replay guard's lifetime.
pub const REPLAY_WINDOW: chrono::TimeDelta = chrono::TimeDelta::minutes(15);

/// The random id of one booking request (a form, or an API call): 128
/// random bits or more, as 32 to 100 hex digits or a UUID. Stored only as
/// a keyed hash, and only for 15 minutes (the replay guard); the code is
/// derived from it, so it must be as hard to guess as a key.
#[derive(Clone, PartialEq, Eq)]
pub struct RequestId(String);

impl std::fmt::Debug for RequestId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RequestId(…)")
    }
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("request_id must be random: 32 to 100 hex digits, or a UUID")]
pub struct RequestIdError;

impl RequestId {
    pub const MIN_HEX_DIGITS: usize = 32;
    pub const MAX_HEX_DIGITS: usize = 100;

    /// Reads a request id: hex digits in either case, or a UUID in its
    /// usual 8-4-4-4-12 form; kept as lower-case hex without dashes, so
    /// the same id written either way is the same request.
    pub fn parse(raw: &str) -> Result<RequestId, RequestIdError> {
        let raw = raw.trim();
        let is_uuid = raw.len() == 36
            && raw
                .char_indices()
                .all(|(i, c)| matches!(i, 8 | 13 | 18 | 23) == (c == '-'));
        let digits: String = if is_uuid {
            raw.chars().filter(|c| *c != '-').collect()
        } else {
            raw.to_string()
        };
        let hex_digits = digits.chars().all(|c| c.is_ascii_hexdigit());
        if !hex_digits || !(Self::MIN_HEX_DIGITS..=Self::MAX_HEX_DIGITS).contains(&digits.len()) {
            return Err(RequestIdError);
        }
        Ok(RequestId(digits.to_ascii_lowercase()))
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
    pub fn code_for(&self, request_id: &RequestId) -> BookingCode {
        let digest = self.mac("code", request_id.as_str());
        let bits = digest[..5]
            .iter()
            .fold(0u64, |acc, b| (acc << 8) | u64::from(*b));
        BookingCode::from_bits(bits)
    }

    /// What is stored instead of the code.
    pub fn code_hash(&self, code: &BookingCode) -> String {
        hex(&self.mac("code-hash", code.as_str()))
    }

    /// What the replay guard stores instead of the request id.
    pub fn request_hash(&self, request_id: &RequestId) -> String {
        hex(&self.mac("request", request_id.as_str()))
    }

    /// What the replay guard stores of what a request asked for: a
    /// repeat must ask for the same site, start and nickname.
    pub fn request_content_hash(&self, site_id: &str, start: &str, nickname: &str) -> String {
        hex(&self.mac(
            "request-content",
            &format!("{site_id}\0{start}\0{nickname}"),
        ))
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
    fn seven_digits_in_a_row_look_like_a_phone_number() {
        for phone in ["87011234567", "Aida 7011234", "8 7011234567", "٠١٢٣٤٥٦٧"] {
            assert_eq!(
                Nickname::parse(phone),
                Err(NicknameError::LooksLikePhone),
                "{phone}"
            );
        }
        for fine in ["Aida_123456", "701 123 45 67", "Aida2026-77", "Лиса_7"] {
            assert!(Nickname::parse(fine).is_ok(), "{fine}");
        }
    }

    #[test]
    fn request_ids_carry_128_random_bits_or_more() {
        let hex = "0123456789abcdef0123456789ABCDEF";
        assert_eq!(
            RequestId::parse(hex).unwrap().as_str(),
            hex.to_ascii_lowercase()
        );
        let uuid = "3F2504E0-4F89-41D3-9A0C-0305E82C3301";
        assert_eq!(
            RequestId::parse(uuid).unwrap().as_str(),
            "3f2504e04f8941d39a0c0305e82c3301"
        );
        for bad in [
            "",
            "form-123",
            "0123456789abcdef0123456789abcde",
            "0123456789abcdef0123456789abcdeg",
            "3f2504e0-4f89-41d3-9a0c-0305e82c330",
            "3f2504e04f89-41d3-9a0c-0305e82c3301-",
            &"a".repeat(101),
        ] {
            assert_eq!(RequestId::parse(bad), Err(RequestIdError), "{bad}");
        }
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
        let id = |n: u8| RequestId::parse(&format!("{n:032x}")).unwrap();
        let code = key.code_for(&id(1));
        assert_eq!(key.code_for(&id(1)), code);
        assert_ne!(key.code_for(&id(2)), code);
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
