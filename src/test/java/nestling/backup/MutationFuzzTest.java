package nestling.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import nestling.store.Database;
import nestling.vault.SealedFile;
import org.junit.jupiter.api.Test;

/**
 * Thousands of mutated and truncated backups: each one either imports or fails with a named
 * problem; none crashes, and a failed one leaves the family's data exactly as it was.
 */
class MutationFuzzTest {
    private static final String[] SNIPPETS = {"{", "}", "[", "]", ",", ":", "\"", "null", "true", "-1", "1e309",
        "\"id\"", "\"deleted\"", "99999999999999999999", "\\u0000", "\"schemaVersion\":1,"};

    @Test
    void mutatedPlainBackupsNeverCrashAndNeverPartiallyImport() throws Exception {
        Database source = Database.createEmpty();
        Family.fill(source, 21, 8);
        byte[] good = Family.plainJson(source);
        Database live = Database.createEmpty();
        Family.fill(live, 22, 8);
        Random random = new Random(2026);
        Map<BackupProblem, Integer> seen = new EnumMap<>(BackupProblem.class);
        String before = Family.everything(live);
        int rounds = Integer.getInteger("backup.fuzz.rounds", 1000); // -Dbackup.fuzz.rounds=50000 for a long run
        for (int round = 0; round < rounds; round++) {
            byte[] mutated = mutate(good, random);
            try (StagedBackup staged = BackupFiles.stage(mutated, BackupKeys.none())) {
                if (round % 2 == 0) {
                    BackupMerger.merge(live, staged);
                } else {
                    BackupRestorer.replace(live, staged);
                }
                before = Family.everything(live);
            } catch (BackupException e) {
                assertNotNull(e.problem());
                assertEquals(before, Family.everything(live), "round " + round + " changed data and failed");
                seen.merge(e.problem(), 1, Integer::sum);
            }
        }
        assertTrue(seen.size() >= 4, "the mutations reach several checks: " + seen);
    }

    @Test
    void sealedBackupsCutAtEveryChunkBoundaryOrFlippedAreDamaged() throws Exception {
        Database source = Database.createEmpty();
        Family.fill(source, 23, 600);
        byte[] json = Family.plainJson(source);
        char[] pass = "fuzz passphrase".toCharArray();
        byte[] sealed;
        try (SealedFile.Key key = SealedFile.newKey(pass, BackupTestSupport.options())) {
            sealed = SealedFile.seal(json, key, new SecureRandom());
        }
        assertTrue(json.length > 3 * 65536, "several chunks: " + json.length);
        Random random = new Random(5);
        for (int i = 0; i < 40; i++) {
            byte[] broken = i < 20 ? Arrays.copyOf(sealed, 176 + (i % 5) * (65536 + 16) + random.nextInt(3) - 1)
                    : flip(sealed, random);
            try {
                BackupFiles.stage(broken, BackupKeys.passphrase(pass.clone())).close();
                throw new AssertionError("a damaged file was accepted");
            } catch (BackupException e) {
                assertTrue(e.problem() == BackupProblem.DAMAGED || e.problem() == BackupProblem.NOT_A_BACKUP,
                        e.problem() + " at case " + i);
            }
        }
    }

    private static byte[] flip(byte[] bytes, Random random) {
        byte[] copy = bytes.clone();
        copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        return copy;
    }

    private static byte[] mutate(byte[] good, Random random) {
        byte[] bytes = good.clone();
        int kind = random.nextInt(5);
        int at = random.nextInt(bytes.length);
        return switch (kind) {
            case 0 -> Arrays.copyOf(bytes, at);
            case 1 -> {
                bytes[at] = (byte) random.nextInt(256);
                yield bytes;
            }
            case 2 -> {
                int length = Math.min(bytes.length - at, 1 + random.nextInt(40));
                byte[] out = new byte[bytes.length - length];
                System.arraycopy(bytes, 0, out, 0, at);
                System.arraycopy(bytes, at + length, out, at, bytes.length - at - length);
                yield out;
            }
            case 3 -> {
                byte[] snippet = SNIPPETS[random.nextInt(SNIPPETS.length)].getBytes(StandardCharsets.UTF_8);
                byte[] out = new byte[bytes.length + snippet.length];
                System.arraycopy(bytes, 0, out, 0, at);
                System.arraycopy(snippet, 0, out, at, snippet.length);
                System.arraycopy(bytes, at, out, at + snippet.length, bytes.length - at);
                yield out;
            }
            default -> {
                // swap a digit: values change but stay well-formed (timestamps, counts, versions)
                for (int i = at; i < bytes.length; i++) {
                    if (bytes[i] >= '0' && bytes[i] <= '9') {
                        bytes[i] = (byte) ('0' + random.nextInt(10));
                        break;
                    }
                }
                yield bytes;
            }
        };
    }
}
