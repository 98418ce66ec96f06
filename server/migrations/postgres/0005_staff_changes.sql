-- A change by a site's own staff to its address, coordinates or phone,
-- waiting for the region's coordinator (or an admin) to confirm or undo
-- it: one per site, holding what those fields were before the first
-- change not yet reviewed. The public page says "changed by the site's
-- staff on <changed_on>" for two weeks while it waits.
CREATE TABLE staff_changes (
    site_id TEXT PRIMARY KEY REFERENCES sites (id),
    -- YYYY-MM-DD, the site's local day of the latest change.
    changed_on TEXT NOT NULL,
    -- JSON object: column -> its value before.
    previous TEXT NOT NULL
);
