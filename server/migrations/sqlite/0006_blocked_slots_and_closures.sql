-- Staff can block a slot: nobody can book it until it is unblocked
-- (bookings already in it stay).
ALTER TABLE slot_seats ADD COLUMN blocked INTEGER NOT NULL DEFAULT 0 CHECK (blocked IN (0, 1));

-- Days a site is closed whatever its weekly hours say (holidays, training).
CREATE TABLE closures (
    site_id TEXT NOT NULL REFERENCES sites (id),
    day TEXT NOT NULL,
    PRIMARY KEY (site_id, day)
);
