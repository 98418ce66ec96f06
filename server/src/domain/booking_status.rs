//! What became of a booking (FHIR Appointment's statuses) and who may move
//! it where: the one list of allowed transitions.

/// A booking's status; `code()` is FHIR's word for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BookingStatus {
    Booked,
    Arrived,
    Fulfilled,
    Cancelled,
    NoShow,
}

impl BookingStatus {
    pub const ALL: [BookingStatus; 5] = [
        BookingStatus::Booked,
        BookingStatus::Arrived,
        BookingStatus::Fulfilled,
        BookingStatus::Cancelled,
        BookingStatus::NoShow,
    ];

    pub fn code(self) -> &'static str {
        match self {
            BookingStatus::Booked => "booked",
            BookingStatus::Arrived => "arrived",
            BookingStatus::Fulfilled => "fulfilled",
            BookingStatus::Cancelled => "cancelled",
            BookingStatus::NoShow => "noshow",
        }
    }

    pub fn from_code(code: &str) -> Option<BookingStatus> {
        BookingStatus::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Whether staff may mark a booking in this status as `next`: arrived,
    /// seen or no-show from booked or arrived; cancelled from booked only
    /// (the seat is then freed and the nickname erased).
    pub fn can_become(self, next: BookingStatus) -> bool {
        use BookingStatus::*;
        matches!(
            (self, next),
            (Booked, Cancelled) | (Booked | Arrived, Arrived | Fulfilled | NoShow)
        )
    }

    /// The statuses from which a booking may become `next`.
    pub fn sources_of(next: BookingStatus) -> Vec<BookingStatus> {
        BookingStatus::ALL
            .into_iter()
            .filter(|s| s.can_become(next))
            .collect()
    }

    /// Still to come: the client may move or cancel it with the code.
    pub fn is_active(self) -> bool {
        self == BookingStatus::Booked
    }

    /// The person came (for the indicators).
    pub fn came(self) -> bool {
        matches!(self, BookingStatus::Arrived | BookingStatus::Fulfilled)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for status in BookingStatus::ALL {
            assert_eq!(BookingStatus::from_code(status.code()), Some(status));
        }
        assert_eq!(BookingStatus::from_code("lost"), None);
    }

    #[test]
    fn only_a_coming_booking_can_be_cancelled_and_nothing_leaves_an_end_state() {
        use BookingStatus::*;
        assert!(Booked.can_become(Cancelled));
        assert!(!Arrived.can_become(Cancelled));
        assert!(Arrived.can_become(Fulfilled));
        for end in [Fulfilled, Cancelled, NoShow] {
            assert!(BookingStatus::ALL.iter().all(|next| !end.can_become(*next)));
        }
        assert_eq!(BookingStatus::sources_of(NoShow), vec![Booked, Arrived]);
        assert!(BookingStatus::ALL.iter().all(|s| !s.can_become(Booked)));
    }
}
