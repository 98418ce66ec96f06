-- Outreach organisations become records: an account and a referral point
-- at one by id, never by a name typed again each time. Every name that
-- accounts and referrals carried (trimmed) becomes one organisation.
CREATE TABLE organisations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
INSERT INTO organisations (name)
    SELECT trim(organisation) FROM accounts
    WHERE organisation IS NOT NULL AND trim(organisation) <> ''
    UNION
    SELECT trim(referral_org) FROM bookings
    WHERE referral_org IS NOT NULL AND trim(referral_org) <> '';

-- The organisation of an outreach account.
ALTER TABLE accounts ADD COLUMN organisation_id INTEGER REFERENCES organisations (id);
UPDATE accounts SET organisation_id =
    (SELECT id FROM organisations WHERE name = trim(accounts.organisation))
    WHERE organisation IS NOT NULL;
ALTER TABLE accounts DROP COLUMN organisation;

-- The organisation a booking is a referral of: set only when a signed-in
-- outreach worker ticked "this is a referral by …" on the booking form.
ALTER TABLE bookings ADD COLUMN referral_org_id INTEGER REFERENCES organisations (id);
UPDATE bookings SET referral_org_id =
    (SELECT id FROM organisations WHERE name = trim(bookings.referral_org))
    WHERE referral_org IS NOT NULL;
DROP INDEX bookings_by_referral;
ALTER TABLE bookings DROP COLUMN referral_org;
CREATE INDEX bookings_by_referral ON bookings (referral_org_id, start_utc);
