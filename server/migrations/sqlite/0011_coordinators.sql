-- Coordinators: accounts that keep the directory of one or more regions.
-- SQLite cannot change a CHECK constraint, and a migration runs in a
-- transaction with foreign keys on, so `accounts` is rebuilt as
-- `accounts_new`, its child tables are rebuilt pointing at it, the old
-- table goes, and renaming `accounts_new` to `accounts` then carries the
-- children's references along.
CREATE TABLE accounts_new (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'staff', 'outreach', 'coordinator')),
    -- The outreach organisation whose referrals the account may see.
    organisation TEXT,
    disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_utc TEXT NOT NULL
);
INSERT INTO accounts_new (id, username, password_hash, role, organisation, disabled, created_utc)
    SELECT id, username, password_hash, role, organisation, disabled, created_utc FROM accounts;

CREATE TABLE account_sites_new (
    account_id INTEGER NOT NULL REFERENCES accounts_new (id),
    site_id TEXT NOT NULL REFERENCES sites (id),
    PRIMARY KEY (account_id, site_id)
);
INSERT INTO account_sites_new SELECT account_id, site_id FROM account_sites;
DROP TABLE account_sites;
ALTER TABLE account_sites_new RENAME TO account_sites;

CREATE TABLE sessions_new (
    token_hash TEXT PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts_new (id),
    csrf TEXT NOT NULL,
    expires_utc TEXT NOT NULL
);
INSERT INTO sessions_new SELECT token_hash, account_id, csrf, expires_utc FROM sessions;
DROP TABLE sessions;
ALTER TABLE sessions_new RENAME TO sessions;

CREATE TABLE audit_log_new (
    id INTEGER PRIMARY KEY,
    at_utc TEXT NOT NULL,
    account_id INTEGER NOT NULL REFERENCES accounts_new (id),
    action TEXT NOT NULL,
    site_id TEXT,
    detail TEXT NOT NULL
);
INSERT INTO audit_log_new SELECT id, at_utc, account_id, action, site_id, detail FROM audit_log;
DROP TABLE audit_log;
ALTER TABLE audit_log_new RENAME TO audit_log;

DROP TABLE accounts;
ALTER TABLE accounts_new RENAME TO accounts;

-- The regions (as the settlements list names them in English, e.g.
-- "Karaganda") a coordinator keeps.
CREATE TABLE account_regions (
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    region TEXT NOT NULL,
    PRIMARY KEY (account_id, region)
);
