-- Coordinators: accounts that keep the directory of one or more regions.
ALTER TABLE accounts DROP CONSTRAINT accounts_role_check;
ALTER TABLE accounts ADD CONSTRAINT accounts_role_check
    CHECK (role IN ('admin', 'staff', 'outreach', 'coordinator'));
-- The regions (as the settlements list names them, e.g. "Karaganda") a
-- coordinator keeps.
CREATE TABLE account_regions (
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    region TEXT NOT NULL,
    PRIMARY KEY (account_id, region)
);
