//! Limit keys whose window is used up, remembered by one instance until
//! that window ends, so that a refused try costs not even a database read.
//! The database stays the count every instance shares: a key is
//! remembered only after the database said it is spent, and a window's
//! count only grows until the window ends, so the memory never refuses a
//! try the database would allow. It holds keyed hashes, never a key.

use chrono::{DateTime, Utc};
use std::collections::HashMap;

#[derive(Debug, Default)]
pub struct SpentKeys(HashMap<String, DateTime<Utc>>);

impl SpentKeys {
    /// Whether `key` is known to be spent at `now`.
    pub fn is_spent(&self, key: &str, now: DateTime<Utc>) -> bool {
        self.0.get(key).is_some_and(|until| *until > now)
    }

    /// Remembers that `key` is spent until `until`; forgets the keys whose
    /// window has ended.
    pub fn remember(&mut self, key: String, until: DateTime<Utc>, now: DateTime<Utc>) {
        self.0.retain(|_, spent_until| *spent_until > now);
        self.0.insert(key, until);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    #[test]
    fn a_spent_key_is_remembered_until_its_window_ends() {
        let now = Utc::now();
        let mut spent = SpentKeys::default();
        assert!(!spent.is_spent("a", now));
        spent.remember("a".into(), now + Duration::minutes(10), now);
        assert!(spent.is_spent("a", now + Duration::minutes(9)));
        assert!(!spent.is_spent("a", now + Duration::minutes(10)));
        assert!(!spent.is_spent("b", now));
        spent.remember(
            "b".into(),
            now + Duration::hours(2),
            now + Duration::hours(1),
        );
        assert_eq!(spent.0.len(), 1, "an ended window is forgotten");
    }
}
