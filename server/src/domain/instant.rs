//! How an instant is written down: RFC 3339 in UTC, to the second
//! (`2026-11-23T13:00:00Z`). The database stores instants this way and a
//! slot's start travels in forms this way.

use chrono::{DateTime, SecondsFormat, Utc};

pub fn format(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// Reads RFC 3339 with any offset (`…+05:00` too), as an instant.
pub fn parse(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text.trim())
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instants_round_trip_and_offsets_are_read() {
        let t = parse("2026-11-23T18:00:00+05:00").unwrap();
        assert_eq!(format(t), "2026-11-23T13:00:00Z");
        assert_eq!(parse(&format(t)), Some(t));
        assert_eq!(parse("soon"), None);
    }
}
