-- Issue 22, "keep only what the day needs, then counts": the same tables
-- as migrations/sqlite/0018_counts.sql (read its comments). Empty service
-- ('') and organisation 0 stand for "none", so every key column is NOT
-- NULL and one upsert adds to a count.

CREATE TABLE booking_counts (
    day TEXT COLLATE "C" NOT NULL,
    site_id TEXT NOT NULL,
    service TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('booked', 'arrived', 'fulfilled', 'cancelled', 'noshow')),
    evening_or_weekend BIGINT NOT NULL CHECK (evening_or_weekend IN (0, 1)),
    referral_org_id BIGINT NOT NULL,
    count BIGINT NOT NULL CHECK (count > 0),
    PRIMARY KEY (day, site_id, service, status, evening_or_weekend, referral_org_id)
);
CREATE INDEX booking_counts_by_referral ON booking_counts (referral_org_id);

-- The old walk-ins' instants become their site's local days.
CREATE TABLE walk_in_counts (
    day TEXT COLLATE "C" NOT NULL,
    site_id TEXT NOT NULL,
    service TEXT NOT NULL,
    count BIGINT NOT NULL CHECK (count > 0),
    PRIMARY KEY (day, site_id, service)
);
INSERT INTO walk_in_counts (day, site_id, service, count)
    SELECT to_char(w.at_utc::timestamptz AT TIME ZONE s.timezone, 'YYYY-MM-DD'),
           w.site_id, COALESCE(w.service, ''), COUNT(*)
    FROM walk_ins w JOIN sites s ON s.id = w.site_id GROUP BY 1, 2, 3;
DROP TABLE walk_ins;

CREATE TABLE site_report_counts (
    month TEXT COLLATE "C" NOT NULL,
    site_id TEXT NOT NULL,
    problem TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('resolved', 'dismissed')),
    count BIGINT NOT NULL CHECK (count > 0),
    PRIMARY KEY (month, site_id, problem, outcome)
);
UPDATE site_reports SET note = '' WHERE status <> 'open';

CREATE TABLE audit_day_counts (
    day TEXT COLLATE "C" NOT NULL,
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    site_id TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL,
    count BIGINT NOT NULL CHECK (count > 0),
    PRIMARY KEY (day, account_id, site_id, action, detail)
);
INSERT INTO audit_day_counts (day, account_id, site_id, action, detail, count)
    SELECT to_char(at_utc::timestamptz AT TIME ZONE 'Asia/Almaty', 'YYYY-MM-DD'),
           account_id, COALESCE(site_id, ''), action,
           CASE action WHEN 'booking-status' THEN detail ELSE '' END, COUNT(*)
    FROM audit_log WHERE action IN ('booking-status', 'walk-in') GROUP BY 1, 2, 3, 4, 5;
DELETE FROM audit_log WHERE action IN ('booking-status', 'walk-in');
CREATE INDEX audit_log_by_time ON audit_log (at_utc);
