-- The outreach organisation that booked for its client, if any. An
-- organisation's name, never a person's.
ALTER TABLE bookings ADD COLUMN referral_org TEXT;
CREATE INDEX bookings_by_referral ON bookings (referral_org, start_utc);

-- People seen without a booking: a count, nothing about them.
CREATE TABLE walk_ins (
    id INTEGER PRIMARY KEY,
    site_id TEXT NOT NULL REFERENCES sites (id),
    at_utc TEXT NOT NULL,
    service TEXT
);
CREATE INDEX walk_ins_by_time ON walk_ins (at_utc);
