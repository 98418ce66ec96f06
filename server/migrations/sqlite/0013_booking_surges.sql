-- Days on which a site received bookings far faster than people book (a
-- surge), and how many of that day's bookings were slowed down. Only the
-- site, the local day and a count: nothing about who booked.
CREATE TABLE booking_surges (
    site_id TEXT NOT NULL REFERENCES sites (id),
    day TEXT NOT NULL,
    slowed INTEGER NOT NULL CHECK (slowed > 0),
    PRIMARY KEY (site_id, day)
);
