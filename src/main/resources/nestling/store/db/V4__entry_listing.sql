-- Version 4: the History lists every live entry newest first, narrowed by baby, type, caregiver
-- and dates. This index holds every column that listing reads or filters on, so it is answered
-- from the index alone: through entry_by_time each row cost a lookup in the table, and 200,000
-- entries took over a second. It starts with (start_at, id), the listing's order, so no sort is
-- needed, and it also does entry_by_time's job.

CREATE INDEX entry_listing ON entry (start_at, id, deleted, type, baby_id, created_by, end_at, updated_at);

DROP INDEX entry_by_time;
