-- Version 5: entries stored compactly. Every save writes the whole database image, so its size is
-- what a save costs (about 0.85 ms per MB written and synced on the 2-core reference machine). At
-- 200,000 entries a third of the image was the same few 16-byte UUIDs (the baby and the caregiver)
-- repeated in every entry row and again in the listing index. They are now stored once, in
-- ref_number, and entries hold their small local numbers (one byte each for the first 127):
-- 40.1 -> 27.4 MB at 200,000 entries.
--
-- The numbers are local to this database (another laptop numbers the same UUID differently); they
-- never leave it. `entry` is now a view with the columns, names and order of the version 1 table,
-- so reads, backups and independent readers see entries exactly as before. Its INSTEAD OF
-- triggers accept the same INSERT, UPDATE and DELETE statements; the busy paths (saving an entry,
-- the History's listing, copying a backup's entries) use entry_stored and ref_number directly.

CREATE TABLE ref_number (
    number  INTEGER PRIMARY KEY,
    uuid    BLOB    NOT NULL UNIQUE
);

CREATE TABLE entry_stored (
    id                 BLOB    NOT NULL PRIMARY KEY,
    baby_number        INTEGER NOT NULL,
    type               TEXT    NOT NULL,
    start_at           INTEGER NOT NULL,
    end_at             INTEGER,
    utc_offset         INTEGER NOT NULL,
    data               TEXT    NOT NULL,
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    created_by_number  INTEGER,
    deleted            INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

INSERT INTO ref_number (uuid)
    SELECT baby_id FROM entry UNION SELECT created_by FROM entry WHERE created_by IS NOT NULL;

INSERT INTO entry_stored
    SELECT e.id, b.number, e.type, e.start_at, e.end_at, e.utc_offset, e.data, e.created_at, e.updated_at,
           c.number, e.deleted
    FROM entry AS e JOIN ref_number AS b ON b.uuid = e.baby_id LEFT JOIN ref_number AS c ON c.uuid = e.created_by
    ORDER BY e.id;

DROP TABLE entry;

CREATE VIEW entry (id, baby_id, type, start_at, end_at, utc_offset, data, created_at, updated_at, created_by, deleted) AS
    SELECT e.id, b.uuid, e.type, e.start_at, e.end_at, e.utc_offset, e.data, e.created_at, e.updated_at, c.uuid, e.deleted
    FROM entry_stored AS e JOIN ref_number AS b ON b.number = e.baby_number
    LEFT JOIN ref_number AS c ON c.number = e.created_by_number;

-- The same covering index as version 4, over the numbers (9.7 instead of 15.9 MB at 200k).
CREATE INDEX entry_listing ON entry_stored (start_at, id, type, baby_number, created_by_number, end_at, updated_at)
    WHERE deleted = 0;

-- Interning is written as "insert when missing" rather than INSERT OR IGNORE: a statement's own
-- conflict clause (INSERT OR REPLACE INTO entry) overrides the ones inside a trigger, and a
-- REPLACE into ref_number would renumber a UUID other entries still point at.
CREATE TRIGGER entry_insert INSTEAD OF INSERT ON entry
BEGIN
    INSERT INTO ref_number (uuid) SELECT NEW.baby_id
        WHERE NEW.baby_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ref_number WHERE uuid = NEW.baby_id);
    INSERT INTO ref_number (uuid) SELECT NEW.created_by
        WHERE NEW.created_by IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ref_number WHERE uuid = NEW.created_by);
    INSERT INTO entry_stored (id, baby_number, type, start_at, end_at, utc_offset, data, created_at, updated_at,
                              created_by_number, deleted)
        VALUES (NEW.id, (SELECT number FROM ref_number WHERE uuid = NEW.baby_id), NEW.type, NEW.start_at, NEW.end_at,
                NEW.utc_offset, NEW.data, NEW.created_at, NEW.updated_at,
                (SELECT number FROM ref_number WHERE uuid = NEW.created_by), coalesce(NEW.deleted, 0));
END;

CREATE TRIGGER entry_update INSTEAD OF UPDATE ON entry
BEGIN
    INSERT INTO ref_number (uuid) SELECT NEW.baby_id
        WHERE NEW.baby_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ref_number WHERE uuid = NEW.baby_id);
    INSERT INTO ref_number (uuid) SELECT NEW.created_by
        WHERE NEW.created_by IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ref_number WHERE uuid = NEW.created_by);
    UPDATE entry_stored SET id = NEW.id, baby_number = (SELECT number FROM ref_number WHERE uuid = NEW.baby_id),
            type = NEW.type, start_at = NEW.start_at, end_at = NEW.end_at, utc_offset = NEW.utc_offset,
            data = NEW.data, created_at = NEW.created_at, updated_at = NEW.updated_at,
            created_by_number = (SELECT number FROM ref_number WHERE uuid = NEW.created_by), deleted = NEW.deleted
        WHERE id = OLD.id;
END;

CREATE TRIGGER entry_delete INSTEAD OF DELETE ON entry
BEGIN
    DELETE FROM entry_stored WHERE id = OLD.id;
END;
