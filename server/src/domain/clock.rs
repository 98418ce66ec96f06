//! The server's clock: the real time, which tests may move forward to see
//! what the server keeps after a day, a week or a retention period.

use chrono::{DateTime, Duration, Utc};
use std::sync::atomic::{AtomicI64, Ordering};

/// Now, plus an offset that only tests set (`advance`).
#[derive(Debug, Default)]
pub struct Clock {
    offset_seconds: AtomicI64,
}

impl Clock {
    pub fn now(&self) -> DateTime<Utc> {
        Utc::now() + Duration::seconds(self.offset_seconds.load(Ordering::Relaxed))
    }

    /// Moves this server's time forward by `by` (tests only: production
    /// never calls it, and nothing reads a setting for it).
    pub fn advance(&self, by: Duration) {
        self.offset_seconds
            .fetch_add(by.num_seconds(), Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_moved_clock_stays_moved() {
        let clock = Clock::default();
        let before = clock.now();
        clock.advance(Duration::days(2));
        let after = clock.now();
        assert!(after - before >= Duration::days(2));
        assert!(after - before < Duration::days(2) + Duration::minutes(1));
    }
}
