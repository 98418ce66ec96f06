-- Tries counted per key and window, shared by every instance: booking-code
-- look-ups per client address, failed sign-ins per username. `key_hash` is
-- a keyed hash (HMAC with the server's secret) of the address or username,
-- never the thing itself. Rows go when their window has ended.
CREATE TABLE try_counts (
    scope TEXT NOT NULL,
    key_hash TEXT NOT NULL,
    window_start_utc TEXT NOT NULL,
    tries INTEGER NOT NULL,
    PRIMARY KEY (scope, key_hash)
);
CREATE INDEX try_counts_by_window ON try_counts (window_start_utc);
