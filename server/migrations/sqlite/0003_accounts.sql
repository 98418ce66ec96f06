-- Staff and outreach accounts. A password is kept only as an argon2id hash
-- (a PHC string); nothing else about the person is stored.
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'staff', 'outreach')),
    -- The outreach organisation whose referrals the account may see.
    organisation TEXT,
    disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_utc TEXT NOT NULL
);

-- The sites a clinic staff account may manage.
CREATE TABLE account_sites (
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    site_id TEXT NOT NULL REFERENCES sites (id),
    PRIMARY KEY (account_id, site_id)
);
