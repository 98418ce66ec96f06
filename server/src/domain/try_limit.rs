//! A limit on tries per key (a client's address for booking-code look-ups,
//! a username for sign-ins), kept in memory only: no IP address or username
//! is written anywhere.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub struct TryLimit<K = std::net::IpAddr> {
    per_window: u32,
    window: Duration,
    tries: Mutex<HashMap<K, (Instant, u32)>>,
}

impl<K: Hash + Eq> TryLimit<K> {
    pub fn new(per_window: u32, window: Duration) -> TryLimit<K> {
        TryLimit {
            per_window,
            window,
            tries: Mutex::new(HashMap::new()),
        }
    }

    /// Counts a try; `false` when the client has used up its window.
    pub fn allow(&self, client: K) -> bool {
        self.count(client) <= self.per_window
    }

    /// Counts a failed try (sign-ins count only those).
    pub fn record(&self, client: K) {
        self.count(client);
    }

    /// Whether the client's tries in this window are used up, without
    /// counting one.
    pub fn blocked(&self, client: &K) -> bool {
        let tries = self.tries.lock().expect("limit lock");
        tries.get(client).is_some_and(|(since, count)| {
            Instant::now().duration_since(*since) < self.window && *count >= self.per_window
        })
    }

    fn count(&self, client: K) -> u32 {
        let now = Instant::now();
        let mut tries = self.tries.lock().expect("limit lock");
        if tries.len() > 10_000 {
            tries.retain(|_, (since, _)| now.duration_since(*since) < self.window);
        }
        let entry = tries.entry(client).or_insert((now, 0));
        if now.duration_since(entry.0) >= self.window {
            *entry = (now, 0);
        }
        entry.1 += 1;
        entry.1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_client_is_stopped_after_its_tries_and_others_are_not() {
        let limit = TryLimit::new(3, Duration::from_secs(60));
        let a: std::net::IpAddr = "127.0.0.1".parse().unwrap();
        let b: std::net::IpAddr = "127.0.0.2".parse().unwrap();
        assert!((0..3).all(|_| limit.allow(a)));
        assert!(!limit.allow(a));
        assert!(limit.allow(b));
    }

    #[test]
    fn only_recorded_failures_block() {
        let limit = TryLimit::new(2, Duration::from_secs(60));
        let name = "nurse".to_string();
        assert!(!limit.blocked(&name));
        limit.record(name.clone());
        assert!(!limit.blocked(&name));
        limit.record(name.clone());
        assert!(limit.blocked(&name));
        assert!(!limit.blocked(&"other".to_string()));
    }
}
