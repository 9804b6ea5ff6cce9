-- Nestling schema, version 1.
-- Conventions: ids are 16-byte UUIDs; instants are epoch milliseconds (UTC); every record carries
-- created_at, updated_at, created_by (a caregiver id) and a deleted tombstone, which is what lets
-- two laptops merge exactly. Amounts are stored in canonical units (ml, g, mm, 0.1 degC).

CREATE TABLE caregiver (
    id          BLOB    NOT NULL PRIMARY KEY,
    name        TEXT    NOT NULL,
    email       TEXT,
    colour      TEXT,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    created_by  BLOB,
    deleted     INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE TABLE baby (
    id              BLOB    NOT NULL PRIMARY KEY,
    name            TEXT    NOT NULL,
    birth_at        INTEGER NOT NULL,
    birth_offset    INTEGER NOT NULL,
    sex             TEXT    CHECK (sex IN ('F', 'M')),
    gestation_days  INTEGER,
    photo           BLOB,
    archived        INTEGER NOT NULL DEFAULT 0,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    created_by      BLOB,
    deleted         INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

-- One row per logged event. start_at/end_at in epoch ms (end_at null for instant events);
-- utc_offset is the offset in seconds at logging time; data holds the type's own fields as JSON.
CREATE TABLE entry (
    id          BLOB    NOT NULL PRIMARY KEY,
    baby_id     BLOB    NOT NULL,
    type        TEXT    NOT NULL,
    start_at    INTEGER NOT NULL,
    end_at      INTEGER,
    utc_offset  INTEGER NOT NULL,
    data        TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    created_by  BLOB,
    deleted     INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE INDEX entry_by_baby_and_time ON entry (baby_id, start_at);

CREATE TABLE setting (
    key    TEXT NOT NULL PRIMARY KEY,
    value  TEXT NOT NULL
) WITHOUT ROWID;
