package nestling.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.Meta;
import nestling.testsupport.EntryRows;
import org.junit.jupiter.api.Test;

/**
 * Entries stored compactly (V5): the view {@code entry} reads and takes writes exactly as the
 * version 4 table did, while the image shrinks by about a third.
 */
class CompactEntriesTest {
    private static final String EVERY_COLUMN = "SELECT id, baby_id, type, start_at, end_at, utc_offset, data, created_at,"
            + " updated_at, created_by, deleted, typeof(baby_id), typeof(end_at), typeof(created_by) FROM entry ORDER BY id";

    @Test
    void versionFourEntriesReadTheSameAfterTheMigration() {
        try (Database database = Database.createAtSchemaVersion(4)) {
            fill(database, 3_000, 4);
            database.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("UPDATE entry SET deleted = 1, data = '{}' WHERE start_at % 7 = 0");
                }
                return null;
            });
            List<List<String>> before = database.read(c -> rows(c, EVERY_COLUMN));
            database.migrateToLatest();

            assertEquals(before, database.read(c -> rows(c, EVERY_COLUMN)), "every column, value and storage type kept");
            // three babies and two caregivers, each stored once (the null caregiver is no number)
            assertEquals(List.of(List.of("5")), database.read(c -> rows(c, "SELECT count(*) FROM ref_number")));
            assertEquals(List.of(List.of("entry_listing")), database.read(c -> rows(c,
                    "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'entry_stored' AND sql IS NOT NULL")));
        }
    }

    @Test
    void theViewTakesInsertsUpdatesAndDeletesLikeATable() {
        try (Database database = Database.createEmpty()) {
            byte[] ada = EntryRows.uuid();
            byte[] bo = EntryRows.uuid();
            byte[] sam = EntryRows.uuid();
            byte[] first = EntryRows.uuid();
            byte[] second = EntryRows.uuid();
            database.write(c -> {
                insert(c, "INSERT INTO entry", first, ada, sam);
                insert(c, "INSERT INTO entry", second, ada, null);
                // a statement's own conflict clause reaches the trigger's inserts: REPLACE must not renumber Ada
                insert(c, "INSERT OR REPLACE INTO entry", first, ada, sam);
                return null;
            });
            assertEquals(List.of(hex(ada)), database.read(c -> column(c, "SELECT hex(baby_id) FROM entry WHERE id = ?", second)),
                    "the other entry of the same baby still names her");
            database.write(c -> {
                try (PreparedStatement update = c.prepareStatement("UPDATE entry SET baby_id = ?, created_by = ? WHERE id = ?")) {
                    update.setBytes(1, bo);
                    update.setBytes(2, sam);
                    update.setBytes(3, second);
                    update.executeUpdate();
                }
                return null;
            });
            assertEquals(List.of(hex(bo) + " " + hex(sam)), database.read(c -> column(c,
                    "SELECT hex(baby_id) || ' ' || hex(created_by) FROM entry WHERE id = ?", second)));
            database.write(c -> {
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM entry WHERE id = ?")) {
                    delete.setBytes(1, first);
                    delete.executeUpdate();
                }
                return null;
            });
            assertEquals(List.of(List.of("1", "1")), database.read(c -> rows(c,
                    "SELECT (SELECT count(*) FROM entry), (SELECT count(*) FROM entry_stored)")));
            assertEquals(List.of(List.of("3")), database.read(c -> rows(c, "SELECT count(*) FROM ref_number")),
                    "Ada, Bo and Sam, once each");
        }
    }

    @Test
    void savingAnEntryNumbersANewBabyOnceAndKeepsItsCreation() {
        try (Database database = Database.createEmpty()) {
            UUID baby = UUID.randomUUID();
            UUID caregiver = UUID.randomUUID();
            Instant created = Instant.parse("2026-11-20T03:00:00Z");
            Entry entry = new Entry(new Meta(UUID.randomUUID(), created, created, caregiver, false), baby,
                    created, null, ZoneOffset.ofHours(1), new EntryData.Note("first"));
            database.write(c -> {
                EntryRepository.save(c, entry);
                // an edit by someone else later: creation (time and caregiver) stays the first one's
                Instant later = created.plusSeconds(600);
                Entry edit = new Entry(new Meta(entry.id(), later, later, UUID.randomUUID(), false), baby,
                        created, null, ZoneOffset.ofHours(1), new EntryData.Note("edited"));
                EntryRepository.save(c, edit);
                EntryRepository.save(c, edit);
                return null;
            });
            Entry stored = database.read(c -> EntryRepository.find(c, entry.id())).orElseThrow();
            assertEquals(new EntryData.Note("edited"), stored.data());
            assertEquals(created, stored.meta().createdAt());
            assertEquals(caregiver, stored.meta().createdBy());
            assertEquals(baby, stored.babyId());
            assertEquals(List.of(List.of("3")), database.read(c -> rows(c, "SELECT count(*) FROM ref_number")),
                    "the baby and both caregivers, each once however often they save");
        }
    }

    @Test
    void theSameEntriesTakeAtLeastAQuarterLessSpaceThanInVersionFour() {
        long[] sizes = new long[2];
        for (int i = 0; i < 2; i++) {
            try (Database database = Database.createAtSchemaVersion(4)) {
                fill(database, 20_000, 20);
                if (i == 1) {
                    database.migrateToLatest();
                }
                database.compact();
                sizes[i] = database.image().bytes().length;
            }
        }
        assertTrue(sizes[1] <= sizes[0] * 0.75, "version 4: " + sizes[0] + " bytes, now: " + sizes[1]);
    }

    /** Entries of three babies by two caregivers (and some by nobody), as the journal shapes them. */
    private static void fill(Database database, int entries, long seed) {
        Random random = new Random(seed);
        byte[][] babies = {EntryRows.uuid(), EntryRows.uuid(), EntryRows.uuid()};
        byte[][] caregivers = {EntryRows.uuid(), EntryRows.uuid(), null};
        database.write(c -> {
            try (PreparedStatement insert = EntryRows.prepare(c)) {
                long at = 1_700_000_000_000L;
                for (int i = 0; i < entries; i++) {
                    at += 600_000L + random.nextInt(3_600_000);
                    boolean sleep = random.nextBoolean();
                    EntryRows.add(insert, babies[random.nextInt(3)], caregivers[random.nextInt(3)], sleep ? "sleep" : "diaper",
                            at, sleep ? at + 3_600_000L : null, sleep ? "{\"place\":\"crib\"}" : "{\"wet\":true,\"dirty\":false}");
                }
            }
            return null;
        });
    }

    private static void insert(Connection c, String verb, byte[] id, byte[] baby, byte[] caregiver) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(verb + " (id, baby_id, type, start_at, end_at, utc_offset, data,"
                + " created_at, updated_at, created_by, deleted) VALUES (?, ?, 'diaper', 1, NULL, 0, '{}', 1, 1, ?, 0)")) {
            insert.setBytes(1, id);
            insert.setBytes(2, baby);
            insert.setBytes(3, caregiver);
            insert.executeUpdate();
        }
    }

    private static List<String> column(Connection c, String sql, byte[] argument) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement(sql)) {
            query.setBytes(1, argument);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }

    private static List<List<String>> rows(Connection c, String sql) throws SQLException {
        List<List<String>> all = new ArrayList<>();
        try (Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            int n = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    Object value = rows.getObject(i);
                    row.add(value instanceof byte[] bytes ? java.util.HexFormat.of().formatHex(bytes) : String.valueOf(value));
                }
                all.add(row);
            }
        }
        return all;
    }

    private static String hex(byte[] bytes) {
        return java.util.HexFormat.of().withUpperCase().formatHex(bytes);
    }
}
