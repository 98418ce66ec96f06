//! Limits on tries that need the client's address: booking-code look-ups,
//! moves and cancellations, 20 per client per 10 minutes, counted in memory
//! only (no address is written anywhere).

use super::WebState;
use crate::services::booking::BookingError;
use std::net::SocketAddr;

/// Counts a look-up, move or cancellation by code from `client`; the API
/// and the pages share one budget per client.
pub fn limit_lookups(state: &WebState, client: SocketAddr) -> Result<(), BookingError> {
    if state.app.lookup_limit.allow(client.ip()) {
        Ok(())
    } else {
        Err(BookingError::TooManyTries)
    }
}
