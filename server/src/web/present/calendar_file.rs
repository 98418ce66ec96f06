//! The calendar file a person may add their appointment with: an
//! iCalendar event that says only "Appointment" and its time. Nothing in
//! it names Senim, a clinic, a service or anything medical (no
//! description, no location, no code), so the phone's calendar, its other
//! users and any app that syncs it learn only that there is an appointment.

use chrono::{DateTime, NaiveTime, Utc};

/// The event as iCalendar text. `uid` is random (a fresh one each time);
/// the file's stamp is the appointment day's midnight, not the moment the
/// booking was made.
pub fn appointment_ics(start: DateTime<Utc>, end: DateTime<Utc>, uid: u128) -> String {
    let stamp = |t: DateTime<Utc>| t.format("%Y%m%dT%H%M%SZ").to_string();
    let day = start.date_naive().and_time(NaiveTime::MIN).and_utc();
    [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//calendar//EN".to_string(),
        "BEGIN:VEVENT".to_string(),
        format!("UID:{uid:032x}@localhost"),
        format!("DTSTAMP:{}", stamp(day)),
        format!("DTSTART:{}", stamp(start)),
        format!("DTEND:{}", stamp(end)),
        "SUMMARY:Appointment".to_string(),
        "END:VEVENT".to_string(),
        "END:VCALENDAR".to_string(),
    ]
    .map(|line| line + "\r\n")
    .concat()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    fn event() -> String {
        appointment_ics(
            at("2026-12-08T13:30:00Z"),
            at("2026-12-08T14:00:00Z"),
            0x0123_4567_89ab_cdef_0123_4567_89ab_cdef,
        )
    }

    #[test]
    fn the_event_says_appointment_and_its_time_only() {
        assert_eq!(
            event(),
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//calendar//EN\r\nBEGIN:VEVENT\r\n\
             UID:0123456789abcdef0123456789abcdef@localhost\r\nDTSTAMP:20261208T000000Z\r\n\
             DTSTART:20261208T133000Z\r\nDTEND:20261208T140000Z\r\nSUMMARY:Appointment\r\n\
             END:VEVENT\r\nEND:VCALENDAR\r\n"
        );
    }

    #[test]
    fn nothing_names_senim_or_anything_medical() {
        let event = event().to_lowercase();
        for word in [
            "senim",
            "сенім",
            "clinic",
            "aids",
            "hiv",
            "pep",
            "test",
            "health",
            "medical",
            "location",
            "description",
            "url",
        ] {
            assert!(!event.contains(word), "{word} in {event}");
        }
    }
}
