//! Limits on tries that need the client's address: booking-code look-ups,
//! moves and cancellations, 20 per client per 10 minutes, shared by every
//! instance (the address itself is never stored, only a keyed hash); and
//! whom a booking counts against (its caps are counted by the booking
//! service).

use super::WebState;
use super::client::ClientAddress;
use super::pages::outreach::OutreachVisit;
use crate::domain::access::try_limit::TryLimit;
use crate::domain::bookings::booker::Booker;
use crate::services::booking::BookingError;
use crate::services::limits;

/// Counts a look-up, move or cancellation by code from `client`; the API
/// and the pages share one budget per client.
pub async fn limit_lookups(state: &WebState, client: &ClientAddress) -> Result<(), BookingError> {
    let key = client.key();
    if limits::allow(&state.app, &TryLimit::LOOKUPS, key.as_str()).await? {
        Ok(())
    } else {
        Err(BookingError::TooManyTries)
    }
}

/// Whom a booking counts against: the account, when it is a referral by a
/// signed-in outreach worker (booking for the people they meet, with a
/// higher allowance); otherwise the client. The one place that decides.
pub fn booker(referral_by: Option<&OutreachVisit>, client: &ClientAddress) -> Booker {
    match referral_by {
        Some(visit) => Booker::Outreach {
            account_id: visit.account_id,
        },
        None => Booker::Client(client.key()),
    }
}
