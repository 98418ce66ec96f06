//! The Senim day and the day keys. Whatever a person gives (a nickname) is
//! sealed under the key of the day it belongs to; a day's key is destroyed
//! when its retention ends, and every copy of what was sealed under it
//! (the database, its log, dead rows, backups) becomes unreadable at once.
//!
//! The keys come from a one-way ratchet: the secret of day d + 1 is
//! HKDF-SHA256 of the secret of day d, so whoever holds the secret of the
//! first live day can derive every later day's keys but no earlier one's.
//! A day's purpose keys (sealing, limiter hashes) are HKDF of its secret,
//! salted with a value derived from the key file (`SENIM_KEY_FILE`), so
//! neither the key state nor the key file opens anything alone.

use super::access::token::hex;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};
use chrono::{DateTime, Days, NaiveDate, Utc};
use chrono_tz::Tz;
use hkdf::Hkdf;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use zeroize::Zeroize;

/// The zone Senim's days are counted in (Kazakhstan is one zone).
pub const SENIM_ZONE: Tz = chrono_tz::Asia::Almaty;

/// The Senim day an instant falls on: its local date in [`SENIM_ZONE`].
pub fn senim_day(instant: DateTime<Utc>) -> NaiveDate {
    instant.with_timezone(&SENIM_ZONE).date_naive()
}

/// The day a booking belongs to: the Senim day of its slot's last second.
pub fn booking_day(slot_end: DateTime<Utc>) -> NaiveDate {
    senim_day(slot_end - chrono::Duration::seconds(1))
}

/// The first day that is not over at `now`: day d is over when day
/// d + 1 + `retention_days` has started in [`SENIM_ZONE`].
pub fn first_live_day(now: DateTime<Utc>, retention_days: u32) -> NaiveDate {
    senim_day(now)
        .checked_sub_days(Days::new(retention_days.into()))
        .unwrap_or(NaiveDate::MIN)
}

/// The instant `day` starts in [`SENIM_ZONE`].
pub fn day_start(day: NaiveDate) -> DateTime<Utc> {
    let midnight = day.and_time(chrono::NaiveTime::MIN);
    midnight
        .and_local_timezone(SENIM_ZONE)
        .earliest()
        .map_or_else(|| midnight.and_utc(), |t| t.to_utc())
}

/// The ratchet at its first live day: that day's secret. Days before it
/// have no key any more.
pub struct Ratchet {
    day: NaiveDate,
    secret: [u8; 32],
}

impl Ratchet {
    pub fn new(day: NaiveDate, secret: [u8; 32]) -> Ratchet {
        Ratchet { day, secret }
    }

    /// The first day whose keys can still be derived.
    pub fn first_day(&self) -> NaiveDate {
        self.day
    }

    /// The first day's secret (what the key state file keeps).
    pub fn secret(&self) -> &[u8; 32] {
        &self.secret
    }

    /// Moves the ratchet forward to `day`, overwriting the secrets of the
    /// days before it; a day at or before the current one changes nothing.
    pub fn advance_to(&mut self, day: NaiveDate) {
        while self.day < day {
            let next = next_secret(&self.secret);
            self.secret.copy_from_slice(&next);
            self.day = self.day.succ_opt().unwrap_or(NaiveDate::MAX);
        }
    }

    /// The secret of `day`, derived forward; `None` for a day before the
    /// first (its key is destroyed).
    fn secret_of(&self, day: NaiveDate) -> Option<[u8; 32]> {
        if day < self.day {
            return None;
        }
        let mut secret = self.secret;
        let mut at = self.day;
        while at < day {
            secret = next_secret(&secret);
            at = at.succ_opt()?;
        }
        Some(secret)
    }

    /// The keys of `day`, with `salt` (derived from the key file); `None`
    /// for a day before the first.
    pub fn keys_of(&self, day: NaiveDate, salt: &[u8; 32]) -> Option<DayKey> {
        let mut secret = self.secret_of(day)?;
        let key = DayKey {
            day,
            sealing: purpose_key(&secret, salt, "nickname-sealing", day),
            limits: purpose_key(&secret, salt, "limit-hashes", day),
        };
        secret.zeroize();
        Some(key)
    }
}

impl Drop for Ratchet {
    fn drop(&mut self) {
        self.secret.zeroize();
    }
}

fn next_secret(secret: &[u8; 32]) -> [u8; 32] {
    let mut next = [0; 32];
    Hkdf::<Sha256>::new(None, secret)
        .expand(b"senim day ratchet v1", &mut next)
        .expect("32 bytes is a valid HKDF-SHA256 length");
    next
}

fn purpose_key(secret: &[u8; 32], salt: &[u8; 32], purpose: &str, day: NaiveDate) -> [u8; 32] {
    let mut key = [0; 32];
    let info = format!("senim day key v1 {purpose} {day}");
    Hkdf::<Sha256>::new(Some(salt), secret)
        .expand(info.as_bytes(), &mut key)
        .expect("32 bytes is a valid HKDF-SHA256 length");
    key
}

/// The version prefix of a sealed text.
const VERSION: &str = "v1";
const NONCE_BYTES: usize = 24;

/// One day's keys: for sealing what a person gave on that day, and for
/// the limiter's keyed hashes.
pub struct DayKey {
    day: NaiveDate,
    sealing: [u8; 32],
    limits: [u8; 32],
}

impl DayKey {
    pub fn day(&self) -> NaiveDate {
        self.day
    }

    /// `text` sealed (XChaCha20-Poly1305, a random nonce) as
    /// `v1.<day>.<hex of nonce and ciphertext>`: the day is in the clear so
    /// the opener knows which key it needs, and bound to the ciphertext.
    pub fn seal(&self, text: &str) -> String {
        let header = format!("{VERSION}.{}", self.day);
        let nonce: [u8; NONCE_BYTES] = rand::random();
        let cipher = XChaCha20Poly1305::new(Key::from_slice(&self.sealing));
        let payload = Payload {
            msg: text.as_bytes(),
            aad: header.as_bytes(),
        };
        let sealed = cipher
            .encrypt(XNonce::from_slice(&nonce), payload)
            .expect("encrypting a short text in memory cannot fail");
        let mut bytes = nonce.to_vec();
        bytes.extend_from_slice(&sealed);
        format!("{header}.{}", hex(&bytes))
    }

    /// The text sealed in `sealed`; `None` when it was sealed under
    /// another day's key, altered, or is no sealed text at all.
    pub fn open(&self, sealed: &str) -> Option<String> {
        let (day, bytes) = parse_sealed(sealed)?;
        if day != self.day || bytes.len() < NONCE_BYTES {
            return None;
        }
        let header = format!("{VERSION}.{day}");
        let (nonce, ciphertext) = bytes.split_at(NONCE_BYTES);
        let cipher = XChaCha20Poly1305::new(Key::from_slice(&self.sealing));
        let payload = Payload {
            msg: ciphertext,
            aad: header.as_bytes(),
        };
        let text = cipher.decrypt(XNonce::from_slice(nonce), payload).ok()?;
        String::from_utf8(text).ok()
    }

    /// What a try limit stores instead of its key (a client's address, a
    /// username) on this day: once the day's key is destroyed, not even
    /// the key file turns it back.
    pub fn limit_key_hash(&self, scope: &str, key: &str) -> String {
        let mut mac =
            <Hmac<Sha256> as Mac>::new_from_slice(&self.limits).expect("HMAC takes any key length");
        mac.update(scope.as_bytes());
        mac.update(b"\0");
        mac.update(key.as_bytes());
        hex(&mac.finalize().into_bytes())
    }
}

impl Drop for DayKey {
    fn drop(&mut self) {
        self.sealing.zeroize();
        self.limits.zeroize();
    }
}

/// The day a sealed text was sealed for; `None` when `text` is not a
/// sealed text (a nickname stored before sealing, say).
pub fn sealed_day(text: &str) -> Option<NaiveDate> {
    parse_sealed(text).map(|(day, _)| day)
}

fn parse_sealed(text: &str) -> Option<(NaiveDate, Vec<u8>)> {
    let mut parts = text.splitn(3, '.');
    if parts.next()? != VERSION {
        return None;
    }
    let day = NaiveDate::parse_from_str(parts.next()?, "%Y-%m-%d").ok()?;
    let bytes = unhex(parts.next()?)?;
    Some((day, bytes))
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).unwrap().to_utc()
    }

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    const SALT: [u8; 32] = [9; 32];

    #[test]
    fn the_senim_day_is_the_date_in_almaty() {
        assert_eq!(senim_day(at("2026-12-07T18:59:59Z")), day("2026-12-07"));
        assert_eq!(senim_day(at("2026-12-07T19:00:00Z")), day("2026-12-08"));
        assert_eq!(day_start(day("2026-12-08")), at("2026-12-07T19:00:00Z"));
    }

    #[test]
    fn a_booking_belongs_to_the_day_its_slot_ends_in() {
        assert_eq!(booking_day(at("2026-12-07T19:00:00Z")), day("2026-12-07"));
        assert_eq!(booking_day(at("2026-12-07T19:00:01Z")), day("2026-12-08"));
    }

    #[test]
    fn a_day_is_over_when_its_retention_has_passed() {
        let evening = at("2026-12-08T18:00:00Z");
        assert_eq!(first_live_day(evening, 0), day("2026-12-08"));
        assert_eq!(first_live_day(evening, 30), day("2026-11-08"));
        let after_midnight = at("2026-12-08T19:00:00Z");
        assert_eq!(first_live_day(after_midnight, 0), day("2026-12-09"));
    }

    #[test]
    fn a_sealed_text_opens_with_its_day_key_only() {
        let ratchet = Ratchet::new(day("2026-12-07"), [1; 32]);
        let key = ratchet.keys_of(day("2026-12-08"), &SALT).unwrap();
        let sealed = key.seal("Айгерим");
        assert!(sealed.starts_with("v1.2026-12-08."), "{sealed}");
        assert!(!sealed.contains("Айгерим"));
        assert_ne!(key.seal("Айгерим"), sealed, "a fresh nonce each time");
        assert_eq!(key.open(&sealed).as_deref(), Some("Айгерим"));
        assert_eq!(sealed_day(&sealed), Some(day("2026-12-08")));

        let other_day = ratchet.keys_of(day("2026-12-09"), &SALT).unwrap();
        assert_eq!(other_day.open(&sealed), None);
        let other_salt = ratchet.keys_of(day("2026-12-08"), &[8; 32]).unwrap();
        assert_eq!(other_salt.open(&sealed), None);
        let moved = sealed.replacen("2026-12-08", "2026-12-09", 1);
        assert_eq!(other_day.open(&moved), None, "the day is bound to the text");
        let mut altered = sealed.clone().into_bytes();
        let last = altered.len() - 1;
        altered[last] = if altered[last] == b'0' { b'1' } else { b'0' };
        assert_eq!(key.open(&String::from_utf8(altered).unwrap()), None);
        for bad in ["Aigerim", "v1.2026-12-08.zz", "v1.2026-12-08.00", ""] {
            assert_eq!(key.open(bad), None, "{bad}");
        }
        assert_eq!(sealed_day("Aigerim"), None);
    }

    #[test]
    fn the_ratchet_derives_forward_and_forgets_backward() {
        let mut ratchet = Ratchet::new(day("2026-12-07"), [1; 32]);
        let sealed = ratchet
            .keys_of(day("2026-12-09"), &SALT)
            .unwrap()
            .seal("Sara");
        let early = ratchet.keys_of(day("2026-12-07"), &SALT).unwrap().seal("x");
        ratchet.advance_to(day("2026-12-09"));
        assert_eq!(ratchet.first_day(), day("2026-12-09"));
        assert!(ratchet.keys_of(day("2026-12-08"), &SALT).is_none());
        let key = ratchet.keys_of(day("2026-12-09"), &SALT).unwrap();
        assert_eq!(key.open(&sealed).as_deref(), Some("Sara"));
        assert_eq!(key.open(&early), None);
        // Another instance with a copy of the old state agrees.
        let copy = Ratchet::new(day("2026-12-07"), [1; 32]);
        assert_eq!(
            copy.keys_of(day("2026-12-09"), &SALT)
                .unwrap()
                .limit_key_hash("lookup", "203.0.113.7"),
            key.limit_key_hash("lookup", "203.0.113.7")
        );
        ratchet.advance_to(day("2026-12-01"));
        assert_eq!(ratchet.first_day(), day("2026-12-09"), "never backward");
    }

    #[test]
    fn limiter_hashes_change_with_the_day() {
        let ratchet = Ratchet::new(day("2026-12-07"), [1; 32]);
        let today = ratchet.keys_of(day("2026-12-07"), &SALT).unwrap();
        let tomorrow = ratchet.keys_of(day("2026-12-08"), &SALT).unwrap();
        let hash = today.limit_key_hash("lookup", "203.0.113.7");
        assert_eq!(hash.len(), 64);
        assert_eq!(hash, today.limit_key_hash("lookup", "203.0.113.7"));
        assert_ne!(hash, today.limit_key_hash("report", "203.0.113.7"));
        assert_ne!(hash, tomorrow.limit_key_hash("lookup", "203.0.113.7"));
    }
}
