//! What became of a booking (FHIR Appointment's statuses) and who may move
//! it where: the one list of allowed transitions, for the server's checks
//! and the reception page's buttons alike.

use crate::codes::code_enum;

code_enum!(
    /// A booking's status; its code is FHIR's word for it.
    BookingStatus ("status") {
        Booked = "booked",
        Arrived = "arrived",
        Fulfilled = "fulfilled",
        Cancelled = "cancelled",
        NoShow = "noshow",
    }
);

impl BookingStatus {
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
            .iter()
            .copied()
            .filter(|s| s.can_become(next))
            .collect()
    }

    /// The marks reception is offered for a booking in this status, in
    /// the order of its buttons: every status it may become but itself
    /// (marking an arrived booking arrived again changes nothing).
    pub fn marks(self) -> Vec<BookingStatus> {
        use BookingStatus::*;
        [Arrived, Fulfilled, NoShow, Cancelled]
            .into_iter()
            .filter(|next| *next != self && self.can_become(*next))
            .collect()
    }

    /// The translation key of the button that marks a booking so.
    pub fn mark_key(self) -> String {
        format!("portal-mark-{}", self.code())
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
    use BookingStatus::*;

    #[test]
    fn codes_round_trip_and_serde_writes_the_code() {
        for status in BookingStatus::ALL {
            assert_eq!(BookingStatus::from_code(status.code()), Some(*status));
        }
        assert_eq!(BookingStatus::from_code("lost"), None);
        assert_eq!(NoShow.code(), "noshow");
        assert_eq!(NoShow.label_key(), "status-noshow");
    }

    #[test]
    fn only_a_coming_booking_can_be_cancelled_and_nothing_leaves_an_end_state() {
        assert!(Booked.can_become(Cancelled));
        assert!(!Arrived.can_become(Cancelled));
        assert!(Arrived.can_become(Fulfilled));
        for end in [Fulfilled, Cancelled, NoShow] {
            assert!(BookingStatus::ALL.iter().all(|next| !end.can_become(*next)));
            assert!(end.marks().is_empty());
        }
        assert_eq!(BookingStatus::sources_of(NoShow), vec![Booked, Arrived]);
        assert!(BookingStatus::ALL.iter().all(|s| !s.can_become(Booked)));
    }

    #[test]
    fn reception_is_offered_the_allowed_marks_in_button_order() {
        assert_eq!(Booked.marks(), vec![Arrived, Fulfilled, NoShow, Cancelled]);
        assert_eq!(Arrived.marks(), vec![Fulfilled, NoShow]);
    }
}
