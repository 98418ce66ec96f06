-- The published directory. Columns follow data/sites.csv; SQL kept portable
-- (SQLite and PostgreSQL).
CREATE TABLE sites (
    id TEXT PRIMARY KEY,
    name_ru TEXT NOT NULL,
    name_kk TEXT NOT NULL,
    name_en TEXT NOT NULL,
    kind TEXT NOT NULL,
    city TEXT NOT NULL,
    address TEXT NOT NULL,
    lat DOUBLE PRECISION NOT NULL,
    lon DOUBLE PRECISION NOT NULL,
    location_precision TEXT NOT NULL,
    services TEXT NOT NULL,
    requires_id TEXT NOT NULL,
    anonymous_testing TEXT NOT NULL,
    languages TEXT NOT NULL,
    phone TEXT NOT NULL,
    opening_hours TEXT NOT NULL,
    timezone TEXT NOT NULL,
    source_url TEXT NOT NULL,
    checked_on TEXT NOT NULL,
    demo TEXT NOT NULL
);

-- Bumped by every change to `sites`, so every app instance knows to rebuild
-- its in-memory index.
CREATE TABLE directory_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO directory_version (id, version) VALUES (1, 0);
