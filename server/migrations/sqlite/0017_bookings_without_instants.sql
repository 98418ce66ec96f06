-- Bookings keep no instant of their making. An integer id orders a slot's
-- bookings (in the order they were made) and is reception's handle for a
-- booking; `created_utc` and `request_hash` are gone. Existing rows keep
-- their order. A cancelled booking's code is replaced by a random value at
-- once (codes of past bookings by the next sweep): the old code matches
-- nothing, even with the key.
CREATE TABLE bookings_rebuilt (
    id INTEGER PRIMARY KEY,
    code_hash TEXT NOT NULL UNIQUE,
    site_id TEXT NOT NULL REFERENCES sites (id),
    start_utc TEXT NOT NULL,
    end_utc TEXT NOT NULL,
    nickname TEXT,
    service TEXT,
    status TEXT NOT NULL CHECK (status IN ('booked', 'arrived', 'fulfilled', 'cancelled', 'noshow')),
    referral_org_id INTEGER REFERENCES organisations (id)
);
INSERT INTO bookings_rebuilt (code_hash, site_id, start_utc, end_utc, nickname, service, status, referral_org_id)
    SELECT
        CASE WHEN status = 'cancelled' THEN 'retired:' || lower(hex(randomblob(32))) ELSE code_hash END,
        site_id, start_utc, end_utc, nickname, service, status, referral_org_id
    FROM bookings ORDER BY start_utc, created_utc;
DROP TABLE bookings;
ALTER TABLE bookings_rebuilt RENAME TO bookings;
CREATE INDEX bookings_by_slot ON bookings (site_id, start_utc);
CREATE INDEX bookings_by_end ON bookings (end_utc);
CREATE INDEX bookings_by_referral ON bookings (referral_org_id, start_utc);

-- The replay guard: a booking form sent again within 15 minutes, with the
-- same site, start and nickname, answers with the same booking. Only keyed
-- hashes of the request id and of (site, start, nickname); each row is
-- deleted when it expires (by the sweep, and by the next booking).
CREATE TABLE booking_requests (
    request_hash TEXT PRIMARY KEY,
    booking_id INTEGER NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
    content_hash TEXT NOT NULL,
    expires_utc TEXT NOT NULL
);
CREATE INDEX booking_requests_by_expiry ON booking_requests (expires_utc);
