//! Whom a booking is counted against, for the booking caps: the client
//! that sends it, or the signed-in outreach account that books for its
//! clients. The count never names the booking it belongs to.

use crate::domain::access::client_key::ClientKey;
use crate::domain::access::try_limit::TryLimit;

/// Who is booking, as the caps see it.
#[derive(Clone, PartialEq, Eq)]
pub enum Booker {
    /// Anyone: counted by client (IPv4 address, IPv6 /64).
    Client(ClientKey),
    /// An outreach account booking for the people it meets: counted per
    /// account, with a higher allowance.
    Outreach { account_id: i64 },
}

impl Booker {
    /// The limits this booker's bookings count against: an hour's and a
    /// day's.
    pub fn limits(&self) -> [TryLimit; 2] {
        match self {
            Booker::Client(_) => [
                TryLimit::CLIENT_BOOKINGS_HOURLY,
                TryLimit::CLIENT_BOOKINGS_DAILY,
            ],
            Booker::Outreach { .. } => [
                TryLimit::OUTREACH_BOOKINGS_HOURLY,
                TryLimit::OUTREACH_BOOKINGS_DAILY,
            ],
        }
    }

    /// The text the limits count under (stored only as a keyed hash).
    pub fn key(&self) -> String {
        match self {
            Booker::Client(client) => client.as_str().to_string(),
            Booker::Outreach { account_id } => format!("account:{account_id}"),
        }
    }
}

/// Never printed: a client key names a client.
impl std::fmt::Debug for Booker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Booker::Client(_) => f.write_str("Booker::Client(…)"),
            Booker::Outreach { account_id } => write!(f, "Booker::Outreach({account_id})"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outreach_accounts_have_a_higher_allowance_under_their_own_scopes() {
        let client = Booker::Client(ClientKey::of("203.0.113.7".parse().unwrap()));
        let outreach = Booker::Outreach { account_id: 7 };
        for (mine, theirs) in client.limits().iter().zip(outreach.limits()) {
            assert!(theirs.per_window > mine.per_window);
            assert_eq!(theirs.window, mine.window);
            assert_ne!(theirs.scope, mine.scope);
        }
        assert_eq!(client.key(), "203.0.113.7");
        assert_eq!(outreach.key(), "account:7");
        assert_eq!(format!("{client:?}"), "Booker::Client(…)");
    }
}
