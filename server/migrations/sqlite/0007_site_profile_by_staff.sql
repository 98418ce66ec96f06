-- What a site's own staff say in the portal: a short note for visitors,
-- and the day they last confirmed the profile (shown beside the research
-- source). `server import` leaves both alone.
ALTER TABLE sites ADD COLUMN notes TEXT NOT NULL DEFAULT '';
ALTER TABLE sites ADD COLUMN staff_checked_on TEXT;
