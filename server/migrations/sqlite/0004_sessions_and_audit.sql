-- Portal sign-ins. The cookie carries a random token; only its SHA-256 is
-- stored. `csrf` is the session's anti-forgery token for its forms.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    csrf TEXT NOT NULL,
    expires_utc TEXT NOT NULL
);

-- What staff changed, and when (visible to admins).
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at_utc TEXT NOT NULL,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    action TEXT NOT NULL,
    site_id TEXT,
    detail TEXT NOT NULL
);
