//! A limit on tries per key (a client's address for booking-code look-ups,
//! a username for sign-ins), kept in memory only: no IP address or username
//! is written anywhere.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub struct LookupLimit<K = std::net::IpAddr> {
    per_window: u32,
    window: Duration,
    tries: Mutex<HashMap<K, (Instant, u32)>>,
}

impl<K: Hash + Eq> LookupLimit<K> {
    pub fn new(per_window: u32, window: Duration) -> LookupLimit<K> {
        LookupLimit {
            per_window,
            window,
            tries: Mutex::new(HashMap::new()),
        }
    }

    /// Counts a try; `false` when the client has used up its window.
    pub fn allow(&self, client: K) -> bool {
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
        entry.1 <= self.per_window
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_client_is_stopped_after_its_tries_and_others_are_not() {
        let limit = LookupLimit::new(3, Duration::from_secs(60));
        let a: std::net::IpAddr = "127.0.0.1".parse().unwrap();
        let b: std::net::IpAddr = "127.0.0.2".parse().unwrap();
        assert!((0..3).all(|_| limit.allow(a)));
        assert!(!limit.allow(a));
        assert!(limit.allow(b));
    }
}
