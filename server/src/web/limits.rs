//! Limits on tries that need the client's address: booking-code look-ups,
//! moves and cancellations, 20 per client per 10 minutes, counted in memory
//! only (no address is written anywhere).

use super::WebState;
use super::client::ClientAddress;
use crate::services::booking::BookingError;

/// Counts a look-up, move or cancellation by code from `client`; the API
/// and the pages share one budget per client.
pub fn limit_lookups(state: &WebState, client: &ClientAddress) -> Result<(), BookingError> {
    if state.app.lookup_limit.allow(client.0) {
        Ok(())
    } else {
        Err(BookingError::TooManyTries)
    }
}
