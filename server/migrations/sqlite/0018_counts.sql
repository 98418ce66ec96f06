-- Issue 22, "keep only what the day needs, then counts". What a person did
-- is kept as a row only while its day needs it; then it becomes a count
-- that names no one and carries no time finer than the day. Empty service
-- ('') and organisation 0 stand for "none", so that every key column is
-- NOT NULL and one upsert adds to a count on both databases. WITHOUT
-- ROWID: no hidden row number tells in which order counts were made.

-- Bookings of days that are over: the site's local date of the slot's
-- start (the day the indicators count it on), whether the slot was at an
-- evening or weekend time, and the referring organisation (0: none).
CREATE TABLE booking_counts (
    day TEXT NOT NULL,
    site_id TEXT NOT NULL,
    service TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('booked', 'arrived', 'fulfilled', 'cancelled', 'noshow')),
    evening_or_weekend INTEGER NOT NULL CHECK (evening_or_weekend IN (0, 1)),
    referral_org_id INTEGER NOT NULL,
    count INTEGER NOT NULL CHECK (count > 0),
    PRIMARY KEY (day, site_id, service, status, evening_or_weekend, referral_org_id)
) WITHOUT ROWID;
CREATE INDEX booking_counts_by_referral ON booking_counts (referral_org_id);

-- People seen without a booking: how many per site, service and local
-- day. The old rows' instants become days (Kazakhstan's UTC+5).
CREATE TABLE walk_in_counts (
    day TEXT NOT NULL,
    site_id TEXT NOT NULL,
    service TEXT NOT NULL,
    count INTEGER NOT NULL CHECK (count > 0),
    PRIMARY KEY (day, site_id, service)
) WITHOUT ROWID;
INSERT INTO walk_in_counts (day, site_id, service, count)
    SELECT date(at_utc, '+5 hours'), site_id, COALESCE(service, ''), COUNT(*)
    FROM walk_ins GROUP BY 1, 2, 3;
DROP TABLE walk_ins;

-- Visitors' reports once resolved or dismissed: how many per month (YYYY-MM
-- of the day reported), site, problem and outcome.
CREATE TABLE site_report_counts (
    month TEXT NOT NULL,
    site_id TEXT NOT NULL,
    problem TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('resolved', 'dismissed')),
    count INTEGER NOT NULL CHECK (count > 0),
    PRIMARY KEY (month, site_id, problem, outcome)
) WITHOUT ROWID;
-- An ended report's note is gone at once.
UPDATE site_reports SET note = '' WHERE status <> 'open';

-- Reception's actions on bookings and walk-ins: per Senim day (Asia/Almaty),
-- account, site (''), action and detail (a status; never a service), how
-- many. No minute and no row order: who marked how many people arrived on
-- a day, not when anyone came.
CREATE TABLE audit_day_counts (
    day TEXT NOT NULL,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    site_id TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL,
    count INTEGER NOT NULL CHECK (count > 0),
    PRIMARY KEY (day, account_id, site_id, action, detail)
) WITHOUT ROWID;
INSERT INTO audit_day_counts (day, account_id, site_id, action, detail, count)
    SELECT date(at_utc, '+5 hours'), account_id, COALESCE(site_id, ''), action,
           CASE action WHEN 'booking-status' THEN detail ELSE '' END, COUNT(*)
    FROM audit_log WHERE action IN ('booking-status', 'walk-in') GROUP BY 1, 2, 3, 4, 5;
DELETE FROM audit_log WHERE action IN ('booking-status', 'walk-in');
-- The audit rows past their lifetime (SENIM_AUDIT_DAYS) are found by time.
CREATE INDEX audit_log_by_time ON audit_log (at_utc);
