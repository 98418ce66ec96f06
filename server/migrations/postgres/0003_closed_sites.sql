-- A site a coordinator closed: unpublished (search, map, API, open data)
-- from this day until reopened; its bookings and counts stay.
ALTER TABLE sites ADD COLUMN closed_on TEXT;
