//! Building URLs by hand, for the few links that carry a query string.

/// Percent-encodes one query-string component (RFC 3986 unreserved kept).
pub fn encode_component(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn reserved_and_non_ascii_bytes_are_escaped() {
        assert_eq!(
            super::encode_component("Тараз & co"),
            "%D0%A2%D0%B0%D1%80%D0%B0%D0%B7%20%26%20co"
        );
    }
}
