-- Version 4: the History lists every live entry newest first, narrowed by baby, type, caregiver
-- and dates. This index holds every column that listing reads or filters on, so it is answered
-- from the index alone: through entry_by_time each row cost a lookup in the table, and 200,000
-- entries took over a second. It starts with (start_at, id), the listing's order, so no sort is
-- needed. It only holds live entries (every query of entries asks for deleted = 0).
--
-- It also replaces both older indexes: entry_by_time's job is its prefix, and every query of one
-- baby's entries also bounds start_at (a day, a week, a year), so it walks that range here and
-- reads baby_id from the index. Keeping entry_by_baby_and_time as well would cost every save and
-- backup about 9 MB at 200k entries for no query that needs it.

CREATE INDEX entry_listing ON entry (start_at, id, type, baby_id, created_by, end_at, updated_at) WHERE deleted = 0;

-- IF EXISTS: a large backup's staging copy drops its plain indexes while loading (BackupReader)
DROP INDEX IF EXISTS entry_by_time;
DROP INDEX IF EXISTS entry_by_baby_and_time;
