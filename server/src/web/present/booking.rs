//! Turns bookings and slots into what the booking pages show.

use super::calendar_file::appointment_ics;
use super::{date, time};
use crate::db::bookings::StoredBooking;
use crate::domain::bookings::calendar::{is_weekend, reaches_evening};
use crate::domain::bookings::seats::OpenSlot;
use crate::domain::sites::site::Site;
use crate::services::booking::Confirmation;
use app::booking_model::{BookingConfirmation, BookingSummary, SlotOption};
use app::i18n::Lang;
use chrono::{DateTime, Datelike};
use chrono_tz::Tz;

/// A free slot as a link; `start` is what the booking form sends back.
pub fn slot_option(open: &OpenSlot, tz: Tz) -> SlotOption {
    let start = open.slot.start.with_timezone(&tz);
    let end = open.slot.end.with_timezone(&tz);
    SlotOption {
        start: crate::domain::instant::format(open.slot.start),
        date: date(start),
        weekday: start.weekday().number_from_monday() as u8,
        time: time(start),
        available: open.available,
        evening: reaches_evening(start.naive_local(), end.naive_local()),
        weekend: is_weekend(start.date_naive()),
    }
}

/// The page after a booking: the only time its code is shown.
pub fn confirmation(
    confirmation: &Confirmation,
    city: String,
    referral_org: Option<String>,
    lang: Lang,
) -> BookingConfirmation {
    let site = &confirmation.site;
    let booking = &confirmation.booking;
    let (start, end) = local_times(booking, site.timezone);
    let code = confirmation.code.as_str().to_string();
    BookingConfirmation {
        qr_svg: qr_svg(&code),
        ics_data_url: ics_data_url(booking),
        code,
        nickname: booking.nickname.clone().unwrap_or_default(),
        site_id: site.id.clone(),
        site_name: site.name(lang),
        city,
        address: site.address.clone(),
        precision: site.precision,
        phone: site.phone.clone(),
        date: date(start),
        weekday: start.weekday().number_from_monday() as u8,
        start_time: time(start),
        end_time: time(end),
        demo: site.demo,
        referral_org,
    }
}

/// A booking found by its code, with the times it could move to.
pub fn summary(
    booking: &StoredBooking,
    site: &Site,
    lang: Lang,
    other_slots: Vec<SlotOption>,
) -> BookingSummary {
    let (start, end) = local_times(booking, site.timezone);
    BookingSummary {
        site_id: site.id.clone(),
        site_name: site.name(lang),
        date: date(start),
        weekday: start.weekday().number_from_monday() as u8,
        start_time: time(start),
        end_time: time(end),
        status: booking.status,
        nickname: booking.nickname.clone(),
        other_slots: other_slots
            .into_iter()
            .filter(|s| s.available > 0 && s.start != crate::domain::instant::format(booking.start))
            .collect(),
    }
}

fn local_times(booking: &StoredBooking, tz: Tz) -> (DateTime<Tz>, DateTime<Tz>) {
    (
        booking.start.with_timezone(&tz),
        booking.end.with_timezone(&tz),
    )
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

/// The calendar file (`calendar_file`) as a link the page offers.
fn ics_data_url(booking: &StoredBooking) -> String {
    let ics = appointment_ics(booking.start, booking.end, rand::random());
    format!(
        "data:text/calendar;charset=utf-8,{}",
        app::url::encode_component(&ics)
    )
}
