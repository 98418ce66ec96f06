//! Surges: a site receiving bookings far faster than people book. People
//! book one site a few times an hour; more than [`USUAL_PER_MINUTE`] in
//! one minute is a script or a hostile page. Then further bookings at
//! that site are slowed, never refused (refusing would let a surge lock a
//! clinic): each waits for its turn, one every [`SPACING`], at most
//! [`MAX_WAIT`], and then books as usual. Counted per instance, in memory.

use std::collections::HashMap;
use std::time::{Duration, Instant};

/// Bookings at one site in one minute that people may make unhindered.
pub const USUAL_PER_MINUTE: u32 = 10;
/// The window the bookings are counted in.
pub const WINDOW: Duration = Duration::from_secs(60);
/// During a surge, one booking at the site goes through every `SPACING`
/// (20 a minute).
pub const SPACING: Duration = Duration::from_secs(3);
/// No booking waits longer than this (well under a request's time limit).
pub const MAX_WAIT: Duration = Duration::from_secs(20);

/// The bookings arriving at each site, this minute.
#[derive(Debug, Default)]
pub struct Surges {
    sites: HashMap<String, Flow>,
}

#[derive(Debug)]
struct Flow {
    window_start: Instant,
    arrivals: u32,
    /// When the last slowed booking's turn came.
    last_turn: Instant,
}

impl Surges {
    /// Counts a booking arriving at `site` at `now`; returns how long it
    /// must wait: zero unless the site is surging.
    pub fn arrive(&mut self, site: &str, now: Instant) -> Duration {
        self.sites.retain(|_, flow| !flow.is_calm(now));
        let flow = self.sites.entry(site.to_string()).or_insert(Flow {
            window_start: now,
            arrivals: 0,
            last_turn: now,
        });
        if now.duration_since(flow.window_start) >= WINDOW {
            flow.window_start = now;
            flow.arrivals = 0;
        }
        flow.arrivals += 1;
        if flow.arrivals <= USUAL_PER_MINUTE {
            return Duration::ZERO;
        }
        let turn = flow.last_turn.max(now) + SPACING;
        let wait = turn.duration_since(now).min(MAX_WAIT);
        flow.last_turn = now + wait;
        wait
    }
}

impl Flow {
    /// Its window is over and nobody waits: nothing to remember.
    fn is_calm(&self, now: Instant) -> bool {
        now.duration_since(self.window_start) >= WINDOW && now >= self.last_turn
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usual_bookings_pass_and_a_burst_waits_its_turn() {
        let mut surges = Surges::default();
        let now = Instant::now();
        for _ in 0..USUAL_PER_MINUTE {
            assert_eq!(surges.arrive("a", now), Duration::ZERO);
        }
        assert_eq!(surges.arrive("a", now), SPACING);
        assert_eq!(surges.arrive("a", now), SPACING * 2);
        assert_eq!(surges.arrive("b", now), Duration::ZERO, "other sites flow");
        for _ in 0..20 {
            assert!(surges.arrive("a", now) <= MAX_WAIT);
        }
        assert_eq!(surges.arrive("a", now), MAX_WAIT);
    }

    #[test]
    fn a_new_minute_starts_calm() {
        let mut surges = Surges::default();
        let now = Instant::now();
        for _ in 0..=USUAL_PER_MINUTE {
            surges.arrive("a", now);
        }
        let later = now + WINDOW;
        assert_eq!(surges.arrive("a", later), Duration::ZERO);
        assert_eq!(surges.sites.len(), 1);
        surges.arrive("b", later + WINDOW);
        assert_eq!(surges.sites.len(), 1, "a calm site is forgotten");
    }

    #[test]
    fn a_script_booking_one_after_another_waits_each_time() {
        let mut surges = Surges::default();
        let mut now = Instant::now();
        for _ in 0..USUAL_PER_MINUTE {
            surges.arrive("a", now);
        }
        for _ in 0..5 {
            let wait = surges.arrive("a", now);
            assert_eq!(wait, SPACING);
            now += wait;
        }
    }
}
