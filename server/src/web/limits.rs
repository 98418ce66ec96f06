//! Limits on tries that need the client's address: booking-code look-ups,
//! moves and cancellations, 20 per client per 10 minutes, shared by every
//! instance (the address itself is never stored, only a keyed hash).

use super::WebState;
use super::client::ClientAddress;
use crate::domain::try_limit::TryLimit;
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
