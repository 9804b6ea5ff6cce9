package nestling.backup.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import nestling.backup.BackupException;
import nestling.backup.BackupFiles;
import nestling.backup.BackupKeys;
import nestling.backup.BackupProblem;
import nestling.backup.ConflictChoices;
import nestling.backup.StagedBackup;
import nestling.store.VaultSession;
import nestling.ui.testing.MutableClock;
import nestling.vault.AtomicFileWriter;
import nestling.vault.VaultOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Conflicts and their choices, a pulled, full or damaged stick, and a wrong stick passphrase. */
class StickSyncTest {
    private static final Instant MORNING = Instant.parse("2026-12-01T06:00:00Z");

    @TempDir
    Path dir;
    private MutableClock clock;
    private Path stick;

    @BeforeEach
    void setUp() throws IOException {
        clock = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"));
        stick = Files.createDirectories(dir.resolve("stick"));
    }

    /** Laptop a logs a bottle of 100 ml; both laptops sync, so both hold it as their last sync left it. */
    private UUID sharedBottle(SyncLaptop a, SyncLaptop b) throws Exception {
        UUID baby = a.addBaby("Ada");
        UUID bottle = a.bottle(baby, MORNING, 100);
        a.sync(stick);
        b.sync(stick);
        clock.advance(Duration.ofMinutes(5));
        return bottle;
    }

    @Test
    void theSameEntryChangedOnTwoLaptopsIsAConflictTheNewestWinsUnlessTheParentPicksTheOther() throws Exception {
        try (SyncLaptop a = new SyncLaptop("a", dir, clock); SyncLaptop b = new SyncLaptop("b", dir, clock)) {
            UUID bottle = sharedBottle(a, b);
            a.editBottle(bottle, 120);
            clock.advance(Duration.ofMinutes(5));
            b.editBottle(bottle, 150); // the newer change
            a.sync(stick);
            try (StickSync.Plan plan = b.prepare(stick)) {
                assertEquals(1, plan.conflicts().size());
                ConflictChoices.Versions conflict = plan.conflicts().getFirst();
                assertEquals(bottle.toString(), conflict.id());
                assertEquals("bottle", conflict.kind());
                assertEquals(MORNING, conflict.at());
                assertFalse(conflict.otherIsNewer(), "b's own change is the newer one");
            }
            assertEquals(1, b.sync(stick).merged().conflictCount());
            assertEquals(150, b.ml(bottle), "newest wins by default");
            a.sync(stick);
            assertEquals(150, a.ml(bottle));

            // again, and this time b's parent keeps the stick's (older) version: it sticks everywhere
            a.editBottle(bottle, 130);
            clock.advance(Duration.ofMinutes(5));
            b.editBottle(bottle, 170);
            a.sync(stick);
            b.sync(stick, versions -> ConflictChoices.Keep.OTHER, b.options);
            assertEquals(130, b.ml(bottle));
            a.sync(stick);
            assertEquals(130, a.ml(bottle));
            assertEquals(0, b.sync(stick).merged().conflictCount(), "a choice is not asked twice");
            assertEquals(a.records(), b.records());

            // and the other way round: a keeps its own older version over the stick's newer one
            b.editBottle(bottle, 90);
            clock.advance(Duration.ofMinutes(5));
            a.editBottle(bottle, 80);
            clock.advance(Duration.ofMinutes(5));
            b.editBottle(bottle, 95); // newest, on the stick next
            b.sync(stick);
            StickSync.Result kept = a.sync(stick, versions -> ConflictChoices.Keep.THIS_LAPTOP, a.options);
            assertEquals(1, kept.merged().conflictCount());
            assertEquals(80, a.ml(bottle));
            b.sync(stick);
            assertEquals(80, b.ml(bottle));
        }
    }

    @Test
    void aStickPulledMidWriteKeepsItsOlderGoodCopyAndNoHalfFileVerifies() throws Exception {
        try (SyncLaptop a = new SyncLaptop("a", dir, clock); SyncLaptop b = new SyncLaptop("b", dir, clock)) {
            sharedBottle(a, b);
            String before = a.records();
            a.bottle(a.journal.family().babies(false).getFirst().meta().id(), MORNING.plusSeconds(600), 60);
            // mid-write, and after the new file's rename (before its read-back): neither may cost the good copy
            for (AtomicFileWriter.Step step : List.of(AtomicFileWriter.Step.WRITE_BLOCK, AtomicFileWriter.Step.FORCE_DIRECTORY)) {
                VaultOptions pulled = a.options.withFaults(s -> {
                    if (s == step && writingTheStick()) {
                        // the stick's data goes, only a torn prefix of the new file stays
                        for (Path f : files(stick)) {
                            if (f.getFileName().toString().contains("next")) {
                                byte[] bytes = Files.readAllBytes(f);
                                Files.write(f, java.util.Arrays.copyOf(bytes, bytes.length / 2));
                            }
                        }
                        throw new IOException("Input/output error");
                    }
                });
                StickSync.StickNotWritten e = assertThrows(StickSync.StickNotWritten.class,
                        () -> a.sync(stick, ConflictChoices.NEWEST, pulled), step.toString());
                assertNotNull(e.failure().problem());
                assertOnlyTheOlderGoodCopyVerifies(before);
            }
            // the merge itself was saved before the stick was touched: reopening the vault finds the new bottle
            String mine = a.records();
            a.session.close();
            try (VaultSession reopened = VaultSession.unlock(dir.resolve("a"), "pass of a".toCharArray(), a.options)) {
                assertEquals(mine, nestling.backup.Family.content(reopened.database()).substring(0, mine.length()));
            }
        }
    }

    @Test
    void aFullStickSaysSoAndKeepsItsFile() throws Exception {
        try (SyncLaptop a = new SyncLaptop("a", dir, clock); SyncLaptop b = new SyncLaptop("b", dir, clock)) {
            sharedBottle(a, b);
            String before = a.records();
            a.bottle(a.journal.family().babies(false).getFirst().meta().id(), MORNING.plusSeconds(600), 60);
            VaultOptions full = a.options.withFaults(s -> {
                if (s == AtomicFileWriter.Step.WRITE_BLOCK && writingTheStick()) {
                    throw new IOException("No space left on device");
                }
            });
            StickSync.StickNotWritten e = assertThrows(StickSync.StickNotWritten.class,
                    () -> a.sync(stick, ConflictChoices.NEWEST, full));
            assertEquals(BackupProblem.WRITE_FAILED, e.failure().problem());
            assertEquals("the drive is full", e.failure().detail());
            assertOnlyTheOlderGoodCopyVerifies(before);
        }
    }

    @Test
    void aDamagedFamilyFileFallsBackToTheOlderGoodCopyAndAWrongPassphraseIsRefused() throws Exception {
        try (SyncLaptop a = new SyncLaptop("a", dir, clock); SyncLaptop b = new SyncLaptop("b", dir, clock)) {
            UUID bottle = sharedBottle(a, b); // the stick now has a family file and an older copy
            Path family = stick.resolve(StickFolder.FAMILY_FILE);
            byte[] bytes = Files.readAllBytes(family);
            bytes[bytes.length - 20] ^= 0x01;
            Files.write(family, bytes);

            StickSync.Result result = b.sync(stick);
            assertTrue(result.usedOlderCopy());
            assertTrue(result.stickWritten());
            assertEquals(100, b.ml(bottle));
            try (StagedBackup fixed = BackupFiles.stage(family, BackupKeys.passphrase(SyncLaptop.FAMILY.clone()))) {
                assertEquals(1, fixed.info().counts().get("entries"));
            }

            BackupException wrong = assertThrows(BackupException.class, () -> StickSync.prepare(a.session.database(),
                    stick, BackupKeys.passphrase("not the family phrase".toCharArray())));
            assertEquals(BackupProblem.WRONG_PASSPHRASE, wrong.problem());
        }
    }

    private boolean writingTheStick() {
        return Files.exists(stick.resolve(StickFolder.NEXT_FILE + ".tmp")) || Files.exists(stick.resolve(StickFolder.NEXT_FILE));
    }

    /** The family file still holds {@code records}' state and opens; nothing else on the stick does. */
    private void assertOnlyTheOlderGoodCopyVerifies(String records) throws Exception {
        Path family = stick.resolve(StickFolder.FAMILY_FILE);
        try (StagedBackup staged = BackupFiles.stage(family, BackupKeys.passphrase(SyncLaptop.FAMILY.clone()))) {
            String onStick = nestling.backup.Family.content(staged.database());
            assertEquals(records, onStick.substring(0, onStick.lastIndexOf("\"settings\":")));
        }
        for (Path f : files(stick)) {
            if (!f.equals(family) && !f.getFileName().toString().equals(StickFolder.PREVIOUS_FILE)) {
                assertThrows(BackupException.class,
                        () -> BackupFiles.stage(f, BackupKeys.passphrase(SyncLaptop.FAMILY.clone())).close(),
                        f.getFileName() + " passes verification");
            }
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.toList();
        }
    }
}
