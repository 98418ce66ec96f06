-- A portal session ends after a while unused: when it was last used
-- (written down at most once a minute). Sessions from before this column
-- have no such time, so they end: everyone signs in once more.
DELETE FROM sessions;
ALTER TABLE sessions ADD COLUMN last_seen_utc TEXT COLLATE "C" NOT NULL DEFAULT '';
