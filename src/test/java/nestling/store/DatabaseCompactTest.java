package nestling.store;

import static nestling.store.StoreTestSupport.PASS;
import static nestling.store.StoreTestSupport.fastOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import nestling.testsupport.EntryRows;
import nestling.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unlocking packs the pages that inserts in random id order leave part-empty, keeping every row. */
class DatabaseCompactTest {
    @TempDir
    Path dir;

    @Test
    void compactingShrinksTheImageAndKeepsEveryRow() {
        try (Database database = Database.createEmpty()) {
            fill(database, 20_000);
            String before = fingerprint(database);
            int sizeBefore = database.image().bytes().length;
            long commits = database.commitCount();
            database.compact();
            int sizeAfter = database.image().bytes().length;
            assertTrue(sizeAfter < sizeBefore * 0.95, "packed: " + sizeBefore + " -> " + sizeAfter + " bytes");
            assertEquals(before, fingerprint(database), "same rows, same content");
            assertEquals(commits, database.commitCount(), "not a change of content: no save is forced");
        }
    }

    @Test
    void aCompactedSessionSavesTheDenserImage() throws Exception {
        long fragmented;
        try (VaultSession session = VaultSession.create(dir, PASS, fastOptions())) {
            fill(session.database(), 20_000);
            session.flush();
            fragmented = Files.size(Vault.vaultFile(dir));
        }
        try (VaultSession session = VaultSession.unlock(dir, PASS, fastOptions())) {
            session.compactInBackground();
            StoreTestSupport.putSetting(session.database(), "after-unlock", "1");
            session.flush();
            long compacted = Files.size(Vault.vaultFile(dir));
            assertTrue(compacted < fragmented * 0.95, "saved denser: " + fragmented + " -> " + compacted + " bytes");
            assertEquals(20_000, count(session.database()));
        }
    }

    private static void fill(Database database, int entries) {
        database.write(c -> {
            try (PreparedStatement insert = EntryRows.prepare(c)) {
                for (int i = 0; i < entries; i++) {
                    EntryRows.add(insert, new byte[16], new byte[16], "diaper", 1_700_000_000_000L + i * 60_000L, null,
                            "{\"wet\":true,\"dirty\":" + (i % 3 == 0) + "}");
                }
            }
            return null;
        });
    }

    private static int count(Database database) {
        return database.read(c -> {
            try (ResultSet r = c.createStatement().executeQuery("SELECT count(*) FROM entry")) {
                r.next();
                return r.getInt(1);
            }
        });
    }

    /** Every row's content in id order, hashed. */
    private static String fingerprint(Database database) {
        return database.read(c -> {
            java.security.MessageDigest digest;
            try {
                digest = java.security.MessageDigest.getInstance("SHA-256");
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            try (ResultSet r = c.createStatement().executeQuery(
                    "SELECT hex(id), hex(baby_id), type, start_at, end_at, data, updated_at FROM entry ORDER BY id")) {
                while (r.next()) {
                    for (int i = 1; i <= 7; i++) {
                        digest.update(String.valueOf(r.getObject(i)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        });
    }
}
