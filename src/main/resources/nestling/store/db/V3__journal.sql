-- Version 3: what the journal needs. Listing all babies by time (the baby index covers one baby),
-- and names remembered for autocomplete (medicines, foods). A remembered name's id is derived from
-- its kind and lower-cased name, so two laptops that learn the same name produce the same row.

CREATE INDEX entry_by_time ON entry (start_at);

CREATE TABLE remembered_name (
    id            BLOB    NOT NULL PRIMARY KEY,
    kind          TEXT    NOT NULL,
    name          TEXT    NOT NULL,
    last_used_at  INTEGER NOT NULL,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    created_by    BLOB,
    deleted       INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE INDEX remembered_name_by_kind ON remembered_name (kind, last_used_at);
