//! Turns bookings and slots into what the booking pages show.

use crate::booking::{Confirmation, OpenSlot};
use crate::booking_store::{StoredBooking, parse_instant};
use crate::domain::hours::{EVENING_STARTS, is_weekend};
use crate::domain::site::Site;
use crate::present;
use app::booking_model::{BookingConfirmation, BookingSummary, SlotOption};
use app::i18n::Lang;
use chrono::{DateTime, Datelike, Utc};
use chrono_tz::Tz;

pub fn slot_option(open: &OpenSlot, tz: Tz) -> SlotOption {
    let start = open.slot.start.with_timezone(&tz);
    let end = open.slot.end.with_timezone(&tz);
    SlotOption {
        start: crate::booking_store::instant(open.slot.start),
        date: start.format("%Y-%m-%d").to_string(),
        weekday: start.weekday().number_from_monday() as u8,
        time: start.format("%H:%M").to_string(),
        available: open.available,
        evening: end.time() > EVENING_STARTS || end.date_naive() > start.date_naive(),
        weekend: is_weekend(start.date_naive()),
    }
}

pub fn confirmation(
    confirmation: &Confirmation,
    site: &Site,
    city: String,
    lang: Lang,
) -> BookingConfirmation {
    let tz = confirmation.timezone;
    let booking = &confirmation.booking;
    let (start, end) = local_times(booking, tz);
    let code = confirmation.code.as_str().to_string();
    BookingConfirmation {
        qr_svg: qr_svg(&code),
        ics_data_url: ics_data_url(booking),
        code,
        nickname: booking.nickname.clone().unwrap_or_default(),
        site_id: site.id.clone(),
        site_name: present::name(site, lang),
        city,
        address: site.address.clone(),
        precision: site.precision,
        phone: site.phone.clone(),
        date: start.format("%Y-%m-%d").to_string(),
        weekday: start.weekday().number_from_monday() as u8,
        start_time: start.format("%H:%M").to_string(),
        end_time: end.format("%H:%M").to_string(),
        demo: site.demo,
        referral_org: None,
    }
}

pub fn summary(
    booking: &StoredBooking,
    site: &Site,
    lang: Lang,
    other_slots: Vec<SlotOption>,
) -> BookingSummary {
    let (start, end) = local_times(booking, site.timezone);
    BookingSummary {
        site_id: site.id.clone(),
        site_name: present::name(site, lang),
        date: start.format("%Y-%m-%d").to_string(),
        weekday: start.weekday().number_from_monday() as u8,
        start_time: start.format("%H:%M").to_string(),
        end_time: end.format("%H:%M").to_string(),
        status: booking.status.clone(),
        nickname: booking.nickname.clone(),
        other_slots: other_slots
            .into_iter()
            .filter(|s| s.available > 0 && s.start != booking.start_utc)
            .collect(),
    }
}

fn local_times(booking: &StoredBooking, tz: Tz) -> (DateTime<Tz>, DateTime<Tz>) {
    let start = parse_instant(&booking.start_utc).unwrap_or_default();
    let end = parse_instant(&booking.end_utc).unwrap_or_default();
    (start.with_timezone(&tz), end.with_timezone(&tz))
}

/// The code as a QR code, drawn as SVG on the server.
fn qr_svg(code: &str) -> String {
    match qrcode::QrCode::new(code.as_bytes()) {
        Ok(qr) => qr
            .render::<qrcode::render::svg::Color>()
            .min_dimensions(160, 160)
            .quiet_zone(true)
            .build(),
        Err(_) => String::new(),
    }
}

/// An iCalendar event that says only "Appointment" and the time: nothing
/// that tells a phone's other users what it is for, and no code.
fn ics_data_url(booking: &StoredBooking) -> String {
    let stamp = |t: &str| {
        parse_instant(t)
            .unwrap_or_default()
            .format("%Y%m%dT%H%M%SZ")
            .to_string()
    };
    let uid: u64 = rand::random();
    let ics = format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Senim//EN\r\nBEGIN:VEVENT\r\nUID:{uid:016x}@senim\r\nDTSTAMP:{}\r\nDTSTART:{}\r\nDTEND:{}\r\nSUMMARY:Appointment\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        Utc::now().format("%Y%m%dT%H%M%SZ"),
        stamp(&booking.start_utc),
        stamp(&booking.end_utc),
    );
    format!(
        "data:text/calendar;charset=utf-8,{}",
        app::url::encode_component(&ics)
    )
}
