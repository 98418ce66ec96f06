-- Who sent an open report, only to tell different senders apart for the
-- "reported closed" banner: a keyed hash of the client (IPv4 address or
-- IPv6 /64) and the site, that names no one and links no two sites. Set
-- to NULL when the report is confirmed, resolved or dismissed.
ALTER TABLE site_reports ADD COLUMN sender_hash TEXT;
-- The day a coordinator confirmed an open "closed" report (YYYY-MM-DD).
ALTER TABLE site_reports ADD COLUMN confirmed_on TEXT;
-- The reports a site took on one day (the daily cap).
CREATE INDEX site_reports_by_day ON site_reports (site_id, reported_on);
