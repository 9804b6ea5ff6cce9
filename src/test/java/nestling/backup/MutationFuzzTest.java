package nestling.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nestling.store.Database;
import nestling.testsupport.PropertyCheck;
import nestling.vault.SealedFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of mutated and truncated backups ({@link BackupMutation}), plain and encrypted: each one
 * either imports as a valid backup, after which the app still reads everything ({@link AppReads}:
 * every entry, running timer, baby, caregiver, activity type and setting it lists), or fails with a
 * {@link BackupException} whose message is its
 * problem's message and, where the problem has one, a place (line and column, JSON path); none
 * crashes, none carries family data in its message, and a failed one leaves the family's data
 * exactly as it was. {@code -Dbackup.fuzz.rounds=N} sets the plain cases (the encrypted ones are a
 * tenth), e.g. 50000 for a long run (with {@code -Djunit.jupiter.execution.timeout.default=30m}).
 */
class MutationFuzzTest {
    @TempDir
    Path dir;
    private static final int ROUNDS = Integer.getInteger("backup.fuzz.rounds", 2400);
    /** What an import may answer to a bad file; never a write or export problem. */
    private static final Set<BackupProblem> IMPORT_PROBLEMS = EnumSet.of(BackupProblem.NOT_A_BACKUP,
            BackupProblem.VAULT_NOT_BACKUP, BackupProblem.WRONG_PASSPHRASE, BackupProblem.DAMAGED,
            BackupProblem.NEWER_FORMAT, BackupProblem.INVALID_JSON, BackupProblem.SCHEMA_VIOLATION,
            BackupProblem.DUPLICATE_ID, BackupProblem.IMPOSSIBLE_VALUE, BackupProblem.OVERSIZED);
    /** Family data of the backups below, which no message may quote. */
    private static final List<String> PRIVATE = List.of("Ada", "Ben", "Parent 0", "Parent 1", "p@example.org",
            "Tummy time", " é ü");

    private Database live;
    /** The family's data as every case starts from it (a case that imports resets it). */
    private String pristine;

    @AfterEach
    void close() {
        live.close();
    }

    @Test
    void mutatedPlainBackupsNeverCrashNeverPartiallyImportAndAlwaysNameTheProblem() throws Exception {
        Database source = Database.createEmpty();
        Family.fill(source, 21, 8);
        byte[] good = Family.plainJson(source);
        live = family();
        Map<BackupProblem, Integer> seen = new EnumMap<>(BackupProblem.class);
        int[] accepted = {0};
        PropertyCheck.forAll("a bad plain backup changes nothing and is named", ROUNDS,
                random -> BackupMutation.plain(good, random), mutation -> {
                    BackupProblem problem = importing(mutation.apply(good), mutation.at() % 2 == 0, BackupKeys.none());
                    if (problem == null) {
                        accepted[0]++;
                    } else {
                        seen.merge(problem, 1, Integer::sum);
                    }
                });
        if (accepted[0] + seen.values().stream().mapToInt(Integer::intValue).sum() < 1000) {
            return; // a short run (-Dnestling.property.tries) need not reach every check
        }
        // the mutations reach the checks of every stage, and most of them are refused
        assertTrue(seen.keySet().containsAll(EnumSet.of(BackupProblem.NOT_A_BACKUP, BackupProblem.INVALID_JSON,
                BackupProblem.SCHEMA_VIOLATION, BackupProblem.IMPOSSIBLE_VALUE)), seen.toString());
        assertTrue(accepted[0] < ROUNDS / 4, accepted[0] + " accepted, refused: " + seen);
    }

    @Test
    void encryptedBackupsCutFlippedOrReorderedAreDamagedAndChangeNothing() throws Exception {
        Database source = Database.createEmpty();
        Family.fill(source, 23, 600);
        byte[] json = Family.plainJson(source);
        char[] pass = "fuzz passphrase".toCharArray();
        byte[] sealed;
        try (SealedFile.Key key = SealedFile.newKey(pass, BackupTestSupport.options())) {
            sealed = SealedFile.seal(json, key, new SecureRandom());
        }
        assertTrue(json.length > 3 * BackupMutation.CHUNK, "several chunks: " + json.length);
        live = family();
        Map<BackupProblem, Integer> seen = new EnumMap<>(BackupProblem.class);
        PropertyCheck.forAll("a damaged encrypted backup changes nothing and is named", Math.max(20, ROUNDS / 10),
                random -> BackupMutation.sealed(sealed, random), mutation -> {
                    BackupProblem problem = importing(mutation.apply(sealed), mutation.at() % 2 == 0,
                            BackupKeys.passphrase(pass.clone()));
                    assertNotNull(problem, "a damaged file was accepted");
                    assertTrue(problem == BackupProblem.DAMAGED || problem == BackupProblem.NOT_A_BACKUP, problem.toString());
                    seen.merge(problem, 1, Integer::sum);
                });
        assertTrue(seen.containsKey(BackupProblem.DAMAGED), seen.toString());
    }

    /**
     * Stages the file and merges or replaces with it; returns null when it was a valid backup (and
     * resets the family), or the problem, after checking that it was named and nothing changed.
     */
    private BackupProblem importing(byte[] bytes, boolean merge, BackupKeys keys) throws Exception {
        Path file = Files.write(dir.resolve("mutated"), bytes); // read as an import reads it: from disk, as a stream
        try (StagedBackup staged = BackupFiles.stage(file, keys)) {
            if (merge) {
                BackupMerger.merge(live, staged);
            } else {
                BackupRestorer.replace(live, staged);
            }
        } catch (BackupException e) {
            assertNamed(e);
            assertEquals(pristine, Family.everything(live), "a refused backup changed the family's data");
            return e.problem();
        } catch (RuntimeException e) {
            throw new AssertionError("crashed instead of naming the problem: " + e, e);
        }
        try {
            AppReads.everything(live);
        } catch (RuntimeException e) {
            throw new AssertionError("imported, but the app cannot read the result: " + e, e);
        }
        live.close();
        live = family();
        return null;
    }

    private static void assertNamed(BackupException e) {
        BackupProblem problem = e.problem();
        assertNotNull(problem);
        assertTrue(IMPORT_PROBLEMS.contains(problem), problem.toString());
        assertTrue(e.getMessage().startsWith(problem.message()), e.getMessage());
        String detail = e.detail();
        switch (problem) {
            case INVALID_JSON -> assertTrue(detail != null && detail.matches("line \\d+, column \\d+: .+"), e.getMessage());
            case SCHEMA_VIOLATION, DUPLICATE_ID, IMPOSSIBLE_VALUE -> assertTrue(detail != null && detail.contains("$"),
                    e.getMessage());
            default -> { }
        }
        for (String secret : PRIVATE) {
            assertFalse(e.getMessage().contains(secret), "the message quotes family data: " + e.getMessage());
        }
    }

    private Database family() {
        Database database = Database.createEmpty();
        Family.fill(database, 22, 8);
        pristine = Family.everything(database);
        return database;
    }
}
