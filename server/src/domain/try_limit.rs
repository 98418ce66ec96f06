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
}
