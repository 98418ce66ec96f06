-- "Something wrong here?": what visitors say is wrong with a listed site.
-- Nothing about the sender is kept: no address, no cookie, no account, and
-- only the day (not the time) it was sent.
CREATE TABLE site_reports (
    id BIGSERIAL PRIMARY KEY,
    site_id TEXT NOT NULL,
    problem TEXT NOT NULL CHECK (problem IN ('closed', 'moved', 'hours', 'phone', 'other')),
    note TEXT NOT NULL DEFAULT '',
    reported_on TEXT COLLATE "C" NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved', 'dismissed'))
);
CREATE INDEX site_reports_open ON site_reports (status, site_id);
