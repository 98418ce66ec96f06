//! Seat arithmetic: how many people a slot still takes.

use super::slots::Slot;

/// How a slot's seats are used.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SeatUse {
    pub booked: u32,
    /// Blocked by staff: nobody can book it.
    pub blocked: bool,
}

/// A slot, its capacity and what is taken of it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct OpenSlot {
    pub slot: Slot,
    pub capacity: u32,
    /// Seats booked.
    pub booked: u32,
    /// Blocked by staff.
    pub blocked: bool,
    /// Seats left; none when blocked.
    pub available: u32,
}

impl OpenSlot {
    pub fn new(slot: Slot, capacity: u32, used: SeatUse) -> OpenSlot {
        OpenSlot {
            slot,
            capacity,
            booked: used.booked,
            blocked: used.blocked,
            available: if used.blocked {
                0
            } else {
                capacity.saturating_sub(used.booked)
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    #[test]
    fn a_blocked_or_full_slot_has_no_seat_left() {
        let start = Utc.with_ymd_and_hms(2026, 11, 23, 13, 0, 0).unwrap();
        let slot = Slot {
            start,
            end: start + chrono::Duration::minutes(30),
        };
        let open = |booked, blocked| OpenSlot::new(slot, 3, SeatUse { booked, blocked });
        assert_eq!(open(1, false).available, 2);
        assert_eq!(open(3, false).available, 0);
        assert_eq!(open(5, false).available, 0, "never negative");
        assert_eq!(open(0, true).available, 0);
    }
}
