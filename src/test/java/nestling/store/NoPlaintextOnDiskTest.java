package nestling.store;

import static nestling.store.StoreTestSupport.PASS;
import static nestling.store.StoreTestSupport.fastOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nestling.testsupport.EntryRows;
import nestling.testsupport.PlaintextScanner;
import nestling.vault.Snapshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing a family logs reaches the disk in the clear: entries carrying a unique marker go through
 * a real session (background saves, flushes, a passphrase change, snapshots), then every file in
 * the vault directory and every file created or changed in the temp directory meanwhile is
 * searched for the marker in UTF-8 and UTF-16. The controls below prove the search would find it.
 */
class NoPlaintextOnDiskTest {
    private static final Path TMP = Path.of(System.getProperty("java.io.tmpdir"));

    @TempDir
    Path dir;

    @Test
    void noFileWrittenDuringASessionContainsTheMarker() throws Exception {
        Map<Path, String> tmpBefore = PlaintextScanner.listing(TMP);
        String marker = marker();
        char[] newPass = "a new family passphrase".toCharArray();
        try (VaultSession session = VaultSession.create(dir, PASS, fastOptions())) {
            for (int save = 0; save < 5; save++) {
                writeMarkedRows(session.database(), marker + "-" + save);
                session.flush();
            }
            session.changePassphrase(newPass);
            writeMarkedRows(session.database(), marker + "-after-change");
            session.flush();
        }
        assertTrue(Snapshots.list(dir).size() >= 3, "snapshots were written and are scanned too");
        try (VaultSession reopened = VaultSession.unlock(dir, newPass, fastOptions())) {
            List<String> notes = reopened.database().read(EntryRows::noteTexts);
            assertTrue(notes.contains("note " + marker + "-after-change"), "the marked rows really were saved");
        }

        List<Path> files = new ArrayList<>(PlaintextScanner.listing(dir).keySet());
        int inVault = files.size();
        Map<Path, String> tmpAfter = PlaintextScanner.listing(TMP);
        for (Path changed : PlaintextScanner.createdOrChanged(tmpBefore, tmpAfter)) {
            if (!changed.startsWith(dir)) {
                files.add(changed);
            }
        }
        assertTrue(inVault >= 5, "vault file, lock and snapshots: " + files);
        // The one documented exception (SECURITY.md, "Logging while locked"): the lock-screen file
        // names the babies, and nothing else; with the setting off it is gone (InboxMergeTest).
        Path lockScreen = LockScreenFile.path(dir);
        assertTrue(files.remove(lockScreen), "logging while locked is on by default");
        String shown = java.nio.file.Files.readString(lockScreen);
        assertTrue(shown.contains("baby " + marker) && !shown.contains("note " + marker) && !shown.contains("v " + marker),
                "the lock-screen file holds the babies' names only");
        assertEquals(List.of(), PlaintextScanner.scan(files, marker), "plaintext on disk among " + files.size() + " files");
    }

    @Test
    void controlTheScannerFindsTheMarkerInEachEncoding() throws Exception {
        String marker = marker();
        for (var charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            Path file = dir.resolve("plain-" + charset.name());
            // the marker sits across the scanner's 1 MiB read boundary, the hardest place to find it
            byte[] padding = new byte[(1 << 20) - 5];
            Files.write(file, padding);
            Files.write(file, ("x" + marker + "y").getBytes(charset), java.nio.file.StandardOpenOption.APPEND);
            // (UTF-16 of ASCII matches in both byte orders once shifted by a byte: either hit fails the real test)
            assertTrue(PlaintextScanner.scan(List.of(file), marker).contains(new PlaintextScanner.Hit(file, charset.name())),
                    charset.name());
        }
        assertEquals(List.of(), PlaintextScanner.scan(List.of(dir.resolve("plain-UTF-8")), marker()));
    }

    @Test
    void controlAnUnencryptedDatabaseImageWouldLeakTheMarker() throws Exception {
        String marker = marker();
        try (Database database = Database.createEmpty()) {
            writeMarkedRows(database, marker);
            Path image = dir.resolve("image.sqlite");
            Files.write(image, database.image().bytes());
            assertEquals(List.of(new PlaintextScanner.Hit(image, "UTF-8")), PlaintextScanner.scan(List.of(image), marker),
                    "without the vault's encryption the scan must fail");
        }
    }

    private static String marker() {
        return "MARKER" + UUID.randomUUID().toString().replace("-", "");
    }

    /** A note, a baby's name and a setting, each carrying the marker. */
    private static void writeMarkedRows(Database database, String marker) {
        database.write(c -> {
            EntryRows.note(c, "note " + marker);
            try (PreparedStatement baby = c.prepareStatement("INSERT INTO baby(id, name, birth_at, birth_offset,"
                    + " created_at, updated_at) VALUES (?, ?, 0, 0, 0, 0)");
                    PreparedStatement setting = c.prepareStatement("INSERT INTO setting(key, value) VALUES (?, ?)")) {
                baby.setBytes(1, EntryRows.uuid());
                baby.setString(2, "baby " + marker);
                baby.executeUpdate();
                setting.setString(1, "k " + marker);
                setting.setString(2, "v " + marker);
                setting.executeUpdate();
            }
            return null;
        });
    }
}
