package nestling.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nestling.domain.Baby;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.GestationalAge;
import nestling.domain.Meta;
import nestling.domain.Sex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RepositoriesTest {
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private final Database database = Database.createEmpty();

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void idsAreSixteenBigEndianBytes() {
        UUID id = UUID.fromString("00112233-4455-6677-8899-aabbccddeeff");
        assertArrayEquals(new byte[] {0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, (byte) 0x88, (byte) 0x99,
            (byte) 0xaa, (byte) 0xbb, (byte) 0xcc, (byte) 0xdd, (byte) 0xee, (byte) 0xff}, Rows.bytes(id));
        assertEquals(id, Rows.uuid(Rows.bytes(id)));
    }

    @Test
    void aBabyKeepsGestationPhotoAndArchiveAndAnUpdateReplacesTheRow() {
        Baby baby = new Baby(Meta.fresh(NOW, null), "Ada", NOW, ZoneOffset.ofHours(1), Sex.FEMALE,
                new GestationalAge(32, 3), new byte[] {1, 2}, false);
        database.write(c -> {
            BabyRepository.save(c, baby);
            BabyRepository.save(c, baby.withArchived(true, NOW.plusSeconds(5)));
            return null;
        });
        Baby back = database.read(c -> BabyRepository.find(c, baby.meta().id())).orElseThrow();
        assertEquals(new GestationalAge(32, 3), back.gestation());
        assertTrue(back.archived());
        assertEquals(NOW.plusSeconds(5), back.meta().updatedAt());
        assertEquals(NOW, back.meta().createdAt());
        assertEquals(List.of(), database.read(c -> BabyRepository.all(c, false)));
        assertEquals(1L, (long) database.read(c -> count(c, "baby")));
    }

    @Test
    void aTombstonedEntryStaysAsARowButIsNotListed() {
        UUID baby = UUID.randomUUID();
        Entry note = new Entry(Meta.fresh(NOW, null), baby, NOW, null, ZoneOffset.UTC, new EntryData.Note("x"));
        database.write(c -> {
            EntryRepository.save(c, note);
            EntryRepository.save(c, note.withMeta(note.meta().withDeleted(true, NOW.plusSeconds(1))));
            return null;
        });
        assertEquals(List.of(), database.read(c -> EntryRepository.list(c, EntryQuery.of(baby, NOW.minusSeconds(1), NOW.plusSeconds(1)))));
        assertTrue(database.read(c -> EntryRepository.find(c, note.id())).orElseThrow().meta().deleted());
        assertEquals(1L, (long) database.read(c -> count(c, "entry")));
    }

    @Test
    void rememberedNamesAreOneRowPerNameWhateverTheCase() {
        database.write(c -> {
            RememberedNames.remember(c, RememberedNames.MEDICINE, "Ibuprofen", NOW, null);
            RememberedNames.remember(c, RememberedNames.MEDICINE, "ibuprofen ", NOW.plusSeconds(60), null);
            RememberedNames.remember(c, RememberedNames.FOOD, "Banana", NOW, null);
            return null;
        });
        assertEquals(List.of("ibuprofen"), database.read(c -> RememberedNames.suggest(c, RememberedNames.MEDICINE, "IB", 10)));
        assertEquals(2L, (long) database.read(c -> count(c, "remembered_name")));
    }

    @Test
    void everyTableButSettingHasTheMergeColumns() {
        List<String> tables = database.read(c -> {
            List<String> names = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') AND name <> 'setting' ORDER BY name");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (!CompactView.isStorage(rows.getString(1))) {
                        names.add(rows.getString(1));
                    }
                }
            }
            return names;
        });
        assertTrue(tables.containsAll(List.of("remembered_name", "entry")), tables.toString());
        for (String table : tables) {
            List<String> columns = database.read(c -> {
                List<String> names = new ArrayList<>();
                try (PreparedStatement query = c.prepareStatement("SELECT name FROM pragma_table_info(?)")) {
                    query.setString(1, table);
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            names.add(rows.getString(1));
                        }
                    }
                }
                return names;
            });
            assertTrue(columns.containsAll(List.of("id", "created_at", "updated_at", "created_by", "deleted")),
                    table + " has " + columns);
        }
    }

    private static long count(java.sql.Connection c, String table) throws java.sql.SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT count(*) FROM " + table); ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
