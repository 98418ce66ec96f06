//! Limits on tries that need the client's address: booking-code look-ups,
//! moves and cancellations, 20 per client per 10 minutes, shared by every
//! instance (the address itself is never stored, only a keyed hash); and
//! whom a booking counts against (its caps are counted by the booking
//! service).

use super::WebState;
use super::client::ClientAddress;
use crate::domain::account::Role;
use crate::domain::booker::Booker;
use crate::domain::try_limit::TryLimit;
use crate::services::accounts::Session;
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

/// Whom a booking counts against: the account, when it is made by a
/// signed-in outreach account (booking for the people it meets, with a
/// higher allowance); otherwise the client. The one place that decides.
pub fn booker(session: Option<&Session>, client: &ClientAddress) -> Booker {
    match session {
        Some(session) if session.account.role == Role::Outreach => Booker::Outreach {
            account_id: session.account.id,
        },
        _ => Booker::Client(client.key()),
    }
}
