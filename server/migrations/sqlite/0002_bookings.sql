-- Anonymous booking. Instants are RFC 3339 UTC text ("2026-11-23T04:00:00Z"),
-- which sorts like time on SQLite and PostgreSQL alike.

-- How a site's hours become slots; a site without a row is not bookable.
CREATE TABLE booking_rules (
    site_id TEXT PRIMARY KEY REFERENCES sites (id),
    slot_minutes INTEGER NOT NULL CHECK (slot_minutes BETWEEN 5 AND 480),
    capacity INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 100),
    min_notice_minutes INTEGER NOT NULL CHECK (min_notice_minutes >= 0),
    max_days_ahead INTEGER NOT NULL CHECK (max_days_ahead BETWEEN 1 AND 365)
);

-- Seats taken per slot. The conditional UPDATE that books a seat and the
-- CHECK below make overbooking impossible, whatever runs the SQL.
CREATE TABLE slot_seats (
    site_id TEXT NOT NULL REFERENCES sites (id),
    start_utc TEXT NOT NULL,
    capacity INTEGER NOT NULL,
    booked INTEGER NOT NULL CHECK (booked >= 0 AND booked <= capacity),
    PRIMARY KEY (site_id, start_utc)
);

-- A booking is a nickname, a slot and a code. The code is stored only as a
-- keyed hash; `request_hash` makes a repeated submit return the same booking.
CREATE TABLE bookings (
    request_hash TEXT PRIMARY KEY,
    code_hash TEXT NOT NULL UNIQUE,
    site_id TEXT NOT NULL REFERENCES sites (id),
    start_utc TEXT NOT NULL,
    end_utc TEXT NOT NULL,
    nickname TEXT,
    service TEXT,
    status TEXT NOT NULL CHECK (status IN ('booked', 'arrived', 'fulfilled', 'cancelled', 'noshow')),
    created_utc TEXT NOT NULL
);
CREATE INDEX bookings_by_slot ON bookings (site_id, start_utc);
CREATE INDEX bookings_by_end ON bookings (end_utc);
