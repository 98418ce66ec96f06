//! Random tokens and digests as lower-case hex: the one hex encoding.

use sha2::{Digest, Sha256};

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// `N` random bytes, as hex.
pub fn random_hex<const N: usize>() -> String {
    hex(&rand::random::<[u8; N]>())
}

/// The SHA-256 of `text`, as hex.
pub fn sha256_hex(text: &str) -> String {
    hex(&Sha256::digest(text.as_bytes()))
}

/// Whether two tokens are equal, in a time that depends only on their
/// lengths (never on where they differ).
pub fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |diff, (x, y)| diff | (x ^ y))
            == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_is_two_lower_case_digits_a_byte() {
        assert_eq!(hex(&[0, 15, 255]), "000fff");
        assert_eq!(random_hex::<16>().len(), 32);
        assert_ne!(random_hex::<16>(), random_hex::<16>());
        assert_eq!(sha256_hex("").len(), 64);
    }

    #[test]
    fn tokens_are_the_same_only_when_equal() {
        assert!(same("abc", "abc"));
        assert!(!same("abc", "abd"));
        assert!(!same("abc", "abcd"));
        assert!(same("", ""));
    }
}
