package nestling.backup;

import static nestling.backup.BackupTestSupport.PASS;
import static nestling.backup.BackupTestSupport.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nestling.store.VaultSession;
import nestling.vault.VaultLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafetyCopyTest {
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theNewestThreeAndEverythingFromTheLastFourteenDaysStayOlderCopiesGo() throws Exception {
        try (VaultSession session = VaultSession.create(dir.resolve("v"), PASS, options())) {
            Family.fill(session.database(), 31, 5);
            Path snapshots = session.vault().directory().resolve(VaultLocation.SNAPSHOT_DIRECTORY);
            Files.createDirectories(snapshots);
            Files.writeString(snapshots.resolve("notes.txt"), "not Nestling's");
            Files.writeString(snapshots.resolve("before-merge-2020-01-01.nestling"), "named otherwise");
            for (int daysAgo : new int[] {40, 30, 20, 10, 1}) {
                copy(session, daysAgo == 30 ? "restore" : "merge", NOW.minus(Duration.ofDays(daysAgo)));
            }
            // at 10 days ago the copy of 40 days ago was the 4th and older than 14 days; at 1 day ago, 30's
            assertEquals(Set.of("before-merge-20261106-120000.nestling", "before-merge-20261116-120000.nestling",
                    "before-merge-20261125-120000.nestling", "notes.txt", "before-merge-2020-01-01.nestling"),
                    names(snapshots));

            Path last = null;
            for (int i = 0; i < 4; i++) {
                last = copy(session, "restore", NOW);
            }
            assertEquals("before-restore-20261126-120000-4.nestling", last.getFileName().toString());
            assertEquals(Set.of("before-merge-20261116-120000.nestling", "before-merge-20261125-120000.nestling",
                    "before-restore-20261126-120000.nestling", "before-restore-20261126-120000-2.nestling",
                    "before-restore-20261126-120000-3.nestling", "before-restore-20261126-120000-4.nestling",
                    "notes.txt", "before-merge-2020-01-01.nestling"), names(snapshots),
                    "within 14 days nothing goes, however many");
            // what stays is still a backup that opens
            try (StagedBackup staged = BackupFiles.stage(last, BackupKeys.passphrase(PASS.clone()))) {
                assertEquals(5, staged.info().counts().get("entries"));
            }
        }
    }

    @Test
    void theCopyJustMadeIsNeverDeletedEvenWhenItsNameLooksOld() {
        Path folder = dir.resolve("snapshots");
        Path justMade = folder.resolve("before-merge-20200101-000000.nestling");
        List<Path> files = List.of(justMade,
                folder.resolve("before-merge-20300101-000000.nestling"),
                folder.resolve("before-merge-20300102-000000.nestling"),
                folder.resolve("before-merge-20300103-000000.nestling"),
                folder.resolve("before-merge-20200102-000000.nestling"));
        assertEquals(List.of(folder.resolve("before-merge-20200102-000000.nestling")),
                SafetyCopyRetention.toDelete(files, justMade, NOW));
    }

    private static Path copy(VaultSession session, String what, Instant at) throws BackupException {
        Path file = SafetyCopy.write(session, what, options(at));
        assertTrue(Files.isRegularFile(file));
        return file;
    }

    /** The folder's files but the vault's own snapshots (gen-…vault, pruned by their own policy). */
    private static Set<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(name -> !name.startsWith("gen-"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
