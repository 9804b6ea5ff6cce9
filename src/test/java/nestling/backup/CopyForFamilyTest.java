package nestling.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nestling.domain.Baby;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.Sex;
import nestling.journal.Journal;
import nestling.store.EntryQuery;
import nestling.store.StoreException;
import nestling.store.VaultSession;
import nestling.vault.SealedFile;
import nestling.vault.VaultOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copy for family: one baby and a range of days under a passphrase of its own, a normal backup
 * file; opened to look at, it is read into memory only: nothing on disk changes, and the copy in
 * memory refuses every change.
 */
class CopyForFamilyTest {
    private static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2026-11-20T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aCopyHoldsOneBabysDaysAndOpensWithoutWritingAnything() throws Exception {
        VaultOptions options = BackupTestSupport.options();
        Path stick = Files.createDirectories(dir.resolve("stick"));
        Path copy;
        Baby ada;
        try (VaultSession family = VaultSession.create(dir.resolve("family"), BackupTestSupport.PASS, options)) {
            Journal journal = Journal.of(family.database(), options.clock());
            ada = journal.family().addBaby("Ada", Instant.parse("2026-10-01T08:00:00Z"), ZoneOffset.UTC, Sex.FEMALE, null);
            Baby ben = journal.family().addBaby("Ben", Instant.parse("2026-10-01T08:05:00Z"), ZoneOffset.UTC, Sex.MALE, null);
            EntryData wet = new EntryData.Diaper(true, false, false, null, null, false, null);
            journal.entries().log(ada.meta().id(), Instant.parse("2026-11-10T09:00:00Z"), null, wet);
            journal.entries().log(ada.meta().id(), Instant.parse("2026-11-12T10:00:00Z"), null,
                    new EntryData.Growth(4100, 540, nestling.domain.LengthPosition.LYING, 370, null));
            journal.entries().log(ada.meta().id(), Instant.parse("2026-10-20T09:00:00Z"), null, wet); // before the range
            journal.entries().log(ada.meta().id(), UNTIL, null, wet); // the first instant no longer in it
            journal.entries().log(ben.meta().id(), Instant.parse("2026-11-10T09:00:00Z"), null, wet); // another baby
            Entry deleted = journal.entries().log(ada.meta().id(), Instant.parse("2026-11-11T09:00:00Z"), null, wet);
            journal.entries().delete(deleted.id()); // a tombstone stays home
            try (SealedFile.Key own = SealedFile.newKey(BackupTestSupport.OTHER, options)) {
                BackupExporter.Result result = BackupExporter.export(family.database(), stick, own,
                        new BackupScope(ada.meta().id(), FROM, UNTIL), options);
                copy = result.file();
                assertEquals(2L, result.counts().get("entries"));
                assertEquals(1L, result.counts().get("babies"));
            }
        }

        Map<String, String> before = listing(dir);
        assertThrows(BackupException.class, () -> CopyOpener.open(copy, BackupTestSupport.PASS, options),
                "the vault's passphrase does not open a copy with its own");
        try (VaultSession seen = CopyOpener.open(copy, BackupTestSupport.OTHER, options)) {
            Journal journal = Journal.of(seen.database(), options.clock());
            assertEquals(List.of("Ada"), journal.family().babies(true).stream().map(Baby::name).toList());
            List<Entry> entries = journal.entries().list(EntryQuery.of(null, Instant.EPOCH, Instant.parse("2030-01-01T00:00:00Z")));
            assertEquals(List.of(Instant.parse("2026-11-10T09:00:00Z"), Instant.parse("2026-11-12T10:00:00Z")),
                    entries.stream().map(Entry::start).sorted().toList());
            assertEquals(options.clock().instant(), seen.copyMadeAt().orElseThrow());
            assertTrue(seen.vault().readOnly());
            assertThrows(StoreException.class, () -> journal.entries().log(ada.meta().id(),
                    Instant.parse("2026-11-13T09:00:00Z"), null, new EntryData.Diaper(true, false, false, null, null, false, null)),
                    "the copy in memory refuses a change");
            seen.flush();
        }
        assertEquals(before, listing(dir), "opening, reading and closing a copy wrote nothing to disk");
    }

    /** Every file and folder under {@code root} with its size and modification time. */
    private static Map<String, String> listing(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.toList()) {
                BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
                files.put(root.relativize(path).toString(), a.size() + " " + a.lastModifiedTime().toMillis());
            }
        }
        return files;
    }
}
