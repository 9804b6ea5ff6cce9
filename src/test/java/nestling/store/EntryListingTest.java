package nestling.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.Meta;
import nestling.domain.SleepKind;
import nestling.testsupport.EntryRows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The History's store queries on real SQLite, checked against the same rules applied in Java to
 * the entries written: order (newest first, ties by the larger id as SQLite compares blobs),
 * counts, page bounds, every filter alone and combined, tombstones, and deletes between reads.
 */
class EntryListingTest {
    private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");
    private static final UUID ADA = new UUID(1, 1);
    private static final UUID BEN = new UUID(2, 2);
    private static final UUID SAM = new UUID(3, 3);
    private static final UUID ALEX = new UUID(-4, 4); // sorts last as bytes, first as a signed UUID

    private Database database;
    private final List<Entry> written = new ArrayList<>();

    @BeforeEach
    void setUp() {
        database = Database.createEmpty();
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    /** {@code count} entries over ~80 days; starts on a 15-minute grid so many share a start. */
    private void fill(int count, long seed) {
        Random random = new Random(seed);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant start = BASE.plus(Duration.ofMinutes(15L * random.nextInt(8_000)));
            UUID baby = random.nextBoolean() ? ADA : BEN;
            UUID by = switch (random.nextInt(3)) {
                case 0 -> SAM;
                case 1 -> ALEX;
                default -> null;
            };
            Meta meta = new Meta(UUID.randomUUID(), start, start, by, random.nextInt(20) == 0);
            entries.add(switch (random.nextInt(3)) {
                case 0 -> new Entry(meta, baby, start, start.plus(Duration.ofMinutes(30 + random.nextInt(600))),
                        ZoneOffset.UTC, new EntryData.Sleep(SleepKind.NAP, null, null));
                case 1 -> new Entry(meta, baby, start, null, ZoneOffset.UTC,
                        new EntryData.Diaper(true, false, false, null, null, false, null));
                default -> new Entry(meta, baby, start, null, ZoneOffset.UTC, new EntryData.Note("n" + i));
            });
        }
        database.write(c -> {
            for (Entry entry : entries) {
                EntryRepository.save(c, entry);
            }
            return null;
        });
        written.addAll(entries);
    }

    private static final Comparator<Entry> LISTING = Comparator.comparing(Entry::start)
            .thenComparing((a, b) -> Arrays.compareUnsigned(Rows.bytes(a.id()), Rows.bytes(b.id()))).reversed();

    /** What the listing should return: the same rules, applied in Java. */
    private List<UUID> expected(EntrySelection selection) {
        return written.stream().filter(e -> !e.meta().deleted())
                .filter(e -> selection.babyId() == null || selection.babyId().equals(e.babyId()))
                .filter(e -> selection.types().isEmpty() || selection.types().contains(e.type()))
                .filter(e -> selection.createdBy() == null || selection.createdBy().equals(e.meta().createdBy()))
                .filter(e -> selection.to() == null || e.start().isBefore(selection.to()))
                .filter(e -> selection.from() == null || !e.start().isBefore(selection.from())
                        || (e.end() != null && e.end().isAfter(selection.from())))
                .sorted(LISTING).map(Entry::id).toList();
    }

    private List<EntrySelection> selections() {
        Instant from = BASE.plus(Duration.ofDays(20)).plusSeconds(7 * 60);
        Instant to = BASE.plus(Duration.ofDays(41));
        return List.of(EntrySelection.ALL,
                new EntrySelection(BEN, Set.of(), null, null, null),
                new EntrySelection(null, Set.of(EntryType.SLEEP, EntryType.NOTE), null, null, null),
                new EntrySelection(null, Set.of(), ALEX, null, null),
                new EntrySelection(null, Set.of(), null, from, null),
                new EntrySelection(null, Set.of(), null, null, to),
                new EntrySelection(ADA, Set.of(EntryType.SLEEP), SAM, from, to),
                new EntrySelection(null, Set.of(EntryType.GROWTH), null, null, null));
    }

    private static List<UUID> ids(List<Entry> entries) {
        return entries.stream().map(Entry::id).toList();
    }

    private int count(EntrySelection selection) {
        return database.read(c -> EntryListing.count(c, selection));
    }

    private List<UUID> page(EntrySelection selection, int offset, int limit) {
        return ids(database.read(c -> EntryListing.page(c, selection, offset, limit)));
    }

    private EntryKeys keys(EntrySelection selection) {
        return database.read(c -> EntryListing.keys(c, selection));
    }

    private static List<UUID> keyIds(EntryKeys keys) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            ids.add(keys.id(i));
        }
        return ids;
    }

    @Test
    void countsKeysAndEveryPageFollowTheListingForEachFilterAloneAndCombined() {
        fill(12_000, 7);
        for (EntrySelection selection : selections()) {
            List<UUID> expected = expected(selection);
            assertEquals(expected.size(), count(selection), selection.toString());
            assertEquals(expected, keyIds(keys(selection)), selection.toString());
            List<UUID> paged = new ArrayList<>();
            int pageSize = 997; // not a divisor: the last page is partial
            for (int offset = 0; offset < expected.size() + pageSize; offset += pageSize) {
                int at = offset;
                List<UUID> page = page(selection, at, pageSize);
                assertTrue(page.size() <= pageSize);
                paged.addAll(page);
            }
            assertEquals(expected, paged, "pages end to end, with an empty one past the end: " + selection);
        }
        assertTrue(expected(selections().get(6)).size() > 10, "the combined filter still finds something");
        assertEquals(0, expected(selections().getLast()).size(), "a filter that matches nothing");
    }

    @Test
    void pageBoundsAreExact() {
        fill(1_000, 11);
        List<UUID> expected = expected(EntrySelection.ALL);
        int last = expected.size() - 1;
        assertEquals(expected.subList(last, last + 1), page(EntrySelection.ALL, last, 100));
        assertEquals(List.of(), page(EntrySelection.ALL, expected.size(), 100));
        assertEquals(expected.subList(0, 1), page(EntrySelection.ALL, 0, 1));
        assertEquals(List.of(), page(EntrySelection.ALL, 0, 0));
    }

    @Test
    void aDeleteBetweenReadsShiftsLaterPagesAndDropsTheEntryById() {
        fill(500, 13);
        List<UUID> before = expected(EntrySelection.ALL);
        EntryKeys keys = keys(EntrySelection.ALL);
        UUID gone = before.get(150);
        Entry deleted = written.stream().filter(e -> e.id().equals(gone)).findFirst().orElseThrow();
        database.write(c -> {
            EntryRepository.save(c, deleted.withMeta(new Meta(gone, deleted.meta().createdAt(),
                    deleted.meta().updatedAt().plusSeconds(1), deleted.meta().createdBy(), true)));
            return null;
        });
        assertEquals(before.size() - 1, count(EntrySelection.ALL));
        assertEquals(before.subList(201, 301), page(EntrySelection.ALL, 200, 100),
                "positions after the deleted entry moved up by one");
        List<UUID> askedFor = keyIds(keys).subList(100, 200);
        Map<UUID, Entry> found = database.read(c -> EntryListing.entries(c, askedFor));
        assertEquals(99, found.size());
        assertFalse(found.containsKey(gone), "a tombstone is not a live entry");
        assertTrue(database.read(c -> EntryListing.entries(c, List.of(UUID.randomUUID()))).isEmpty());
    }

    @Test
    void afterReadsEveryLiveEntryOnceInOrderAcrossTiedStarts() {
        fill(5_000, 17);
        List<UUID> read = new ArrayList<>();
        Entry last = null;
        while (true) {
            Entry cursor = last;
            List<Entry> chunk = database.read(c -> EntryListing.after(c, cursor, 333));
            read.addAll(ids(chunk));
            if (chunk.size() < 333) {
                break;
            }
            last = chunk.getLast();
        }
        assertEquals(expected(EntrySelection.ALL), read);
    }

    @Test
    void twoHundredThousandEntriesCountAndPageFromTheIndexAlone() throws Exception {
        byte[] ada = Rows.bytes(ADA);
        byte[] sam = Rows.bytes(SAM);
        String diaper = EntryJson.write(new EntryData.Diaper(true, false, false, null, null, false, null));
        String note = EntryJson.write(new EntryData.Note("n"));
        database.write(c -> {
            try (PreparedStatement insert = EntryRows.prepare(c)) {
                for (int i = 0; i < 200_000; i++) {
                    long start = BASE.toEpochMilli() + 60_000L * (i / 2); // pairs share a start
                    EntryRows.add(insert, ada, i % 4 == 0 ? sam : null, i % 3 == 0 ? "diaper" : "note", start, null,
                            i % 3 == 0 ? diaper : note);
                }
            }
            return null;
        });
        EntryKeys all = keys(EntrySelection.ALL);
        assertEquals(200_000, all.size());
        assertEquals(200_000, count(EntrySelection.ALL));
        List<UUID> tail = page(EntrySelection.ALL, 199_950, 100);
        assertEquals(keyIds(all).subList(199_950, 200_000), tail, "the last page, 50 rows, in the keys' order");
        List<UUID> deep = page(EntrySelection.ALL, 123_457, 100);
        assertEquals(keyIds(all).subList(123_457, 123_557), deep);
        EntrySelection diapersBySam = new EntrySelection(ADA, Set.of(EntryType.DIAPER), SAM, null, null);
        assertEquals(200_000 / 12 + 1, count(diapersBySam), "i % 12 == 0");
        for (String plan : List.of("SELECT count(*) FROM entry_stored INDEXED BY entry_listing WHERE deleted = 0 AND type IN ('diaper')",
                "SELECT id, updated_at FROM entry_stored INDEXED BY entry_listing WHERE deleted = 0 ORDER BY start_at DESC, id DESC")) {
            String explained = database.read(c -> {
                StringBuilder text = new StringBuilder();
                try (PreparedStatement statement = c.prepareStatement("EXPLAIN QUERY PLAN " + plan);
                        ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        text.append(rows.getString(4)).append('\n');
                    }
                }
                return text.toString();
            });
            assertTrue(explained.contains("COVERING INDEX entry_listing"), explained);
            assertFalse(explained.contains("TEMP B-TREE"), "no sort: the index is in the listing's order\n" + explained);
        }
    }
}
