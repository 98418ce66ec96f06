//! A limit on tries per key and window: booking-code look-ups per client
//! address, sign-in tries per username and client. The counts are kept by the
//! database (`db::tries`) under a keyed hash of the key, so every instance
//! shares them and no address or username is stored.

use chrono::Duration;

/// How many tries a key has in a window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TryLimit {
    /// Names the counts, so two limits on the same key do not mix.
    pub scope: &'static str,
    pub per_window: u32,
    pub window: Duration,
}

impl TryLimit {
    /// Booking-code look-ups, moves and cancellations: 20 per client per
    /// 10 minutes.
    pub const LOOKUPS: TryLimit = TryLimit {
        scope: "lookup",
        per_window: 20,
        window: Duration::minutes(10),
    };

    /// "Something wrong here?" reports: 5 per client per hour.
    pub const REPORTS: TryLimit = TryLimit {
        scope: "report",
        per_window: 5,
        window: Duration::hours(1),
    };

    /// Portal sign-in tries (and current-password checks) of one username
    /// from one client: 5 per 15 minutes, then that client is locked out
    /// of that username. A success forgets the client's count. Other
    /// clients keep their own tries, so a stranger cannot lock reception
    /// out.
    pub const SIGN_INS: TryLimit = TryLimit {
        scope: "sign-in",
        per_window: 5,
        window: Duration::minutes(15),
    };

    /// Sign-in tries of one username from all clients together (each
    /// client counted only up to its own 5): 50 per 15 minutes. A guesser
    /// spread over many addresses still gets at most 4,800 guesses a day
    /// at a password of 12 characters or more, and locking reception out
    /// takes ten client addresses (or /64s) at once, not one.
    pub const SIGN_INS_PER_USERNAME: TryLimit = TryLimit {
        scope: "sign-in-username",
        per_window: 50,
        window: Duration::minutes(15),
    };

    /// Bookings by one client (an IPv4 address, an IPv6 /64, or the
    /// forwarded client of a trusted proxy): 20 an hour. A person books
    /// once or twice a week; 20 leaves room for an NGO office or a shelter
    /// whose visitors book from one Wi-Fi, and for the few Senim users who
    /// share a mobile operator's address (CGNAT) at the same hour.
    pub const CLIENT_BOOKINGS_HOURLY: TryLimit = TryLimit {
        scope: "booking-hour",
        per_window: 20,
        window: Duration::hours(1),
    };

    /// Bookings by one client: 60 a day (three busy hours of such an
    /// office). One address can then hold at most 60 of the country's
    /// thousands of seats a day.
    pub const CLIENT_BOOKINGS_DAILY: TryLimit = TryLimit {
        scope: "booking-day",
        per_window: 60,
        window: Duration::hours(24),
    };

    /// Bookings by one signed-in outreach account for its clients, counted
    /// per account: 60 an hour (one a minute, faster than a worker can
    /// talk a client through a booking).
    pub const OUTREACH_BOOKINGS_HOURLY: TryLimit = TryLimit {
        scope: "outreach-booking-hour",
        per_window: 60,
        window: Duration::hours(1),
    };

    /// Bookings by one outreach account: 200 a day (a long outreach day
    /// books a few dozen).
    pub const OUTREACH_BOOKINGS_DAILY: TryLimit = TryLimit {
        scope: "outreach-booking-day",
        per_window: 200,
        window: Duration::hours(24),
    };

    /// Every limit, for the sweep of ended windows.
    pub const ALL: [TryLimit; 8] = [
        TryLimit::LOOKUPS,
        TryLimit::REPORTS,
        TryLimit::SIGN_INS,
        TryLimit::SIGN_INS_PER_USERNAME,
        TryLimit::CLIENT_BOOKINGS_HOURLY,
        TryLimit::CLIENT_BOOKINGS_DAILY,
        TryLimit::OUTREACH_BOOKINGS_HOURLY,
        TryLimit::OUTREACH_BOOKINGS_DAILY,
    ];

    /// Whether `tries` in the current window are within the limit.
    pub fn allows(&self, tries: u32) -> bool {
        tries <= self.per_window
    }

    /// Whether `tries` already made use the window up.
    pub fn is_spent(&self, tries: u32) -> bool {
        tries >= self.per_window
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_allowed_try_spends_the_window() {
        let limit = TryLimit::SIGN_INS;
        assert!(limit.allows(5) && !limit.allows(6));
        assert!(!limit.is_spent(4) && limit.is_spent(5));
        assert_ne!(TryLimit::LOOKUPS.scope, TryLimit::SIGN_INS.scope);
    }

    #[test]
    fn locking_a_username_out_everywhere_takes_ten_clients() {
        let (one, all) = (TryLimit::SIGN_INS, TryLimit::SIGN_INS_PER_USERNAME);
        assert_ne!(one.scope, all.scope);
        assert_eq!(one.window, all.window);
        assert_eq!(all.per_window, 10 * one.per_window);
    }

    #[test]
    fn every_limit_has_a_scope_of_its_own() {
        let mut scopes: Vec<_> = TryLimit::ALL.iter().map(|l| l.scope).collect();
        scopes.sort();
        scopes.dedup();
        assert_eq!(scopes.len(), TryLimit::ALL.len());
    }
}
