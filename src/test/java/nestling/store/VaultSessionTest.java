package nestling.store;

import static nestling.testsupport.Eventually.waitFor;
import static nestling.store.StoreTestSupport.PASS;
import static nestling.store.StoreTestSupport.fastOptions;
import static nestling.store.StoreTestSupport.putSetting;
import static nestling.store.StoreTestSupport.settingKeys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import nestling.vault.AtomicFileWriter;
import nestling.vault.Vault;
import nestling.vault.VaultOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultSessionTest {
    @TempDir
    Path dir;

    @Test
    void committedWritesAreSavedInTheBackgroundAndSurviveReopening() throws Exception {
        List<SaveStatus> statuses = Collections.synchronizedList(new ArrayList<>());
        try (VaultSession session = VaultSession.create(dir, PASS, fastOptions())) {
            session.saver().onStatus(statuses::add);
            for (int i = 0; i < 50; i++) {
                putSetting(session.database(), "k" + i, "v" + i);
            }
            session.flush();
            assertTrue(session.vault().generation() < 52, "bursts coalesce: " + session.vault().generation() + " saves for 50 writes");
        }
        assertInstanceOf(SaveStatus.Saved.class, statuses.getLast());
        assertTrue(statuses.stream().anyMatch(SaveStatus.Saving.class::isInstance));
        try (VaultSession session = VaultSession.unlock(dir, PASS, fastOptions())) {
            assertEquals(50, settingKeys(session.database()).size());
        }
    }

    @Test
    void theSaverPrunesOldSnapshotsAfterEachSave() throws Exception {
        try (VaultSession session = VaultSession.create(dir, PASS, fastOptions())) {
            for (int i = 0; i < 8; i++) {
                putSetting(session.database(), "k" + i, "v" + i);
                session.flush();
            }
            assertTrue(session.vault().generation() >= 9, "one save per flushed write");
            // all saved today: the policy keeps the newest three, pruned just after each "Saved"
            waitFor(() -> snapshotCount() == 3);
        }
    }

    private int snapshotCount() {
        try {
            return nestling.vault.Snapshots.list(dir).size();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aFailingDiskKeepsDataInMemoryReportsWhyAndRetriesUntilItWorks() throws Exception {
        VaultSession.create(dir, PASS, fastOptions()).close();
        AtomicBoolean diskFull = new AtomicBoolean(false);
        VaultOptions failing = fastOptions().withFaults(step -> {
            if (diskFull.get() && step == AtomicFileWriter.Step.WRITE_BLOCK) {
                throw new IOException("No space left on device");
            }
        });
        List<SaveStatus> statuses = Collections.synchronizedList(new ArrayList<>());
        try (VaultSession session = VaultSession.unlock(dir, PASS, failing, Duration.ofMillis(50))) {
            session.saver().onStatus(statuses::add);
            diskFull.set(true);
            putSetting(session.database(), "during", "the outage");
            waitFor(() -> session.saver().status() instanceof SaveStatus.NotSaved);
            SaveStatus.NotSaved notSaved = (SaveStatus.NotSaved) session.saver().status();
            assertTrue(notSaved.reason().contains("disk is full"), notSaved.reason());
            assertThrows(IOException.class, session::flush, "a flush never pretends the data is saved");
            assertTrue(session.saver().hasUnsavedChanges());
            assertEquals(List.of("during"), settingKeys(session.database()), "the data stays in memory");

            diskFull.set(false);
            waitFor(() -> session.saver().status() instanceof SaveStatus.Saved);
            assertTrue(!session.saver().hasUnsavedChanges());
        }
        try (VaultSession session = VaultSession.unlock(dir, PASS, fastOptions())) {
            assertEquals(List.of("during"), settingKeys(session.database()));
        }
    }

    @Test
    void lockRefusesToDropUnsavedDataWhenTheDiskFails() throws Exception {
        VaultSession.create(dir, PASS, fastOptions()).close();
        AtomicBoolean broken = new AtomicBoolean(false);
        VaultOptions failing = fastOptions().withFaults(step -> {
            if (broken.get() && step == AtomicFileWriter.Step.RENAME) {
                throw new java.nio.file.NoSuchFileException("vault folder gone");
            }
        });
        VaultSession session = VaultSession.unlock(dir, PASS, failing, Duration.ofSeconds(30));
        broken.set(true);
        putSetting(session.database(), "precious", "entry");
        assertThrows(IOException.class, session::lock);
        assertEquals(List.of("precious"), settingKeys(session.database()), "still unlocked, nothing dropped");
        broken.set(false);
        session.lock();
        try (VaultSession reopened = VaultSession.unlock(dir, PASS, fastOptions())) {
            assertEquals(List.of("precious"), settingKeys(reopened.database()));
        }
    }

    @Test
    void aVaultWithAnOlderSchemaIsMigratedAndKeepsItsData() throws Exception {
        Database old = Database.emptyWithoutSchema();
        old.migrateTo(1);
        old.write(c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO baby(id, name, birth_at, birth_offset, sex, created_at, updated_at) VALUES (?, 'Ada', 0, 0, 'F', 0, 0)")) {
                insert.setBytes(1, new byte[16]);
                return insert.executeUpdate();
            }
        });
        assertEquals(1, old.schemaVersion());
        DatabaseImage image = old.image();
        Vault.create(dir, PASS, image.bytes(), fastOptions()).close();
        old.close();

        try (VaultSession session = VaultSession.unlock(dir, PASS, fastOptions())) {
            assertEquals(Migrations.latestVersion(), session.database().schemaVersion());
            assertEquals(1, VaultCounts.of(session.database()).babies());
            assertEquals(0, VaultCounts.of(session.database()).timers(), "the table added by V2 exists");
            session.flush();
        }
        try (VaultSession again = VaultSession.unlock(dir, PASS, fastOptions())) {
            assertEquals(Migrations.latestVersion(), again.database().schemaVersion(), "the upgrade was saved");
            assertEquals(2, again.vault().generation());
        }
    }

    @Test
    void writersAndFlushesOnSeveralThreadsNeverDeadlockAndTheFileHoldsTheNewestState() throws Exception {
        // Regression: a writer held the database lock while notifying the saver, whose monitor
        // another thread held while asking the database for its commit count (CI hung for 90 min).
        try (VaultSession session = VaultSession.create(dir, PASS, fastOptions())) {
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                List<Thread> writers = new ArrayList<>();
                for (int t = 0; t < 3; t++) {
                    int thread = t;
                    writers.add(Thread.ofPlatform().start(() -> {
                        for (int i = 0; i < 150; i++) {
                            putSetting(session.database(), "t" + thread + "-" + i, "v");
                            if (i % 25 == 0) {
                                try {
                                    session.flush();
                                } catch (IOException e) {
                                    throw new java.io.UncheckedIOException(e);
                                }
                            }
                        }
                    }));
                }
                for (Thread writer : writers) {
                    writer.join();
                }
                session.flush();
            });
            assertTrue(!session.saver().hasUnsavedChanges());
        }
        try (VaultSession reopened = VaultSession.unlock(dir, PASS, fastOptions())) {
            assertEquals(450, settingKeys(reopened.database()).size(), "every acknowledged write is in the file");
        }
    }

    @Test
    void migrationScriptsSplitIntoStatements() {
        assertEquals(List.of("CREATE TABLE a (x INT);", "CREATE INDEX i ON a (x);"),
                Migrations.statements("-- comment\nCREATE TABLE a (x INT);\n\n  -- more\nCREATE INDEX i ON a (x);\n"));
    }
}
