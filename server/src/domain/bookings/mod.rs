//! What a booking is and what it may become: nicknames and codes, statuses, slots and seats, the weekly hours and closures slots come from, evening and weekend, surges, referrals and the counts the indicators show.

pub mod booker;
pub mod booking;
pub mod booking_status;
pub mod calendar;
pub mod closures;
pub mod date_reach;
pub mod indicators;
pub mod referral;
pub mod seats;
pub mod slots;
pub mod surge;
pub mod weekly_hours;
