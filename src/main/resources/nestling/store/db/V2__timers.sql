-- Version 2: running timers live in the vault so they survive a restart or a crash, and
-- user-defined activity types.

CREATE TABLE timer (
    id          BLOB    NOT NULL PRIMARY KEY,
    baby_id     BLOB    NOT NULL,
    kind        TEXT    NOT NULL,
    started_at  INTEGER NOT NULL,
    state       TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    created_by  BLOB,
    deleted     INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

-- at most one running timer of a kind per baby
CREATE UNIQUE INDEX timer_one_per_kind ON timer (baby_id, kind) WHERE deleted = 0;

CREATE TABLE activity_type (
    id          BLOB    NOT NULL PRIMARY KEY,
    name        TEXT    NOT NULL,
    colour      TEXT,
    timed       INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    created_by  BLOB,
    deleted     INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
