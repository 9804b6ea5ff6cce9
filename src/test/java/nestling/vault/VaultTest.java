package nestling.vault;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultTest {
    private static final char[] PASS = "correct horse battery".toCharArray();

    @TempDir
    Path dir;

    static VaultOptions options() {
        return new VaultOptions(Clock.systemDefaultZone(), new SecureRandom(), TestKdf::cheap, AtomicFileWriter.Faults.NONE);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void createThenOpenGivesTheSavedImageBack() throws Exception {
        try (Vault vault = Vault.create(dir, PASS, bytes("first"), options())) {
            assertEquals(1, vault.generation());
            vault.save(bytes("second"));
            assertEquals(2, vault.generation());
        }
        Vault.Opened opened = Vault.open(dir, PASS, options());
        try (Vault vault = opened.vault()) {
            assertArrayEquals(bytes("second"), opened.image());
            assertEquals(2, vault.generation());
        }
        assertEquals(List.of(), Files.list(dir).map(p -> p.getFileName().toString())
                .filter(n -> !List.of("nestling.vault", "nestling.lock", "snapshots").contains(n)).toList(),
                "nothing else in the vault directory");
    }

    @Test
    void theDefaultKdfIsArgon2id64MiB5Passes() throws Exception {
        try (Vault vault = Vault.create(dir, PASS, bytes("x"), VaultOptions.defaults())) {
            KdfParameters kdf = vault.kdfParameters();
            assertEquals(65536, kdf.memoryKiB());
            assertEquals(5, kdf.iterations());
            assertEquals(32, kdf.salt().length);
        }
    }

    @Test
    void aSecondOpenIsToldTheVaultIsInUse() throws Exception {
        try (Vault first = Vault.create(dir, PASS, bytes("x"), options())) {
            VaultException e = assertThrows(VaultException.class, () -> Vault.open(dir, PASS, options()));
            assertEquals(VaultProblem.IN_USE, e.problem());
        }
        Vault.open(dir, PASS, options()).vault().close();
    }

    @Test
    void createRefusesAnExistingVaultAndOpenRefusesAMissingOne() throws Exception {
        Vault.create(dir, PASS, bytes("x"), options()).close();
        assertEquals(VaultProblem.ALREADY_EXISTS,
                assertThrows(VaultException.class, () -> Vault.create(dir, PASS, bytes("y"), options())).problem());
        assertEquals(VaultProblem.NOT_FOUND,
                assertThrows(VaultException.class, () -> Vault.open(dir.resolve("nowhere"), PASS, options())).problem());
    }

    @Test
    void wrongPassphraseOnDisk() throws Exception {
        Vault.create(dir, PASS, bytes("x"), options()).close();
        VaultException e = assertThrows(VaultException.class, () -> Vault.open(dir, "not it at all".toCharArray(), options()));
        assertEquals(VaultProblem.WRONG_PASSPHRASE, e.problem());
        assertEquals(3, e.problem().exitCode());
        assertFalse(e.getMessage().contains("not it"), "the passphrase never appears in a message");
    }

    @Test
    void changedPassphraseReplacesTheOldOne() throws Exception {
        char[] next = "a brand new passphrase".toCharArray();
        try (Vault vault = Vault.create(dir, PASS, bytes("x"), options())) {
            byte[] salt = vault.kdfParameters().salt();
            vault.changePassphrase(next, bytes("y"), options());
            assertFalse(java.util.Arrays.equals(salt, vault.kdfParameters().salt()), "new salt");
            assertTrue(vault.isCurrentPassphrase(next));
            assertFalse(vault.isCurrentPassphrase(PASS));
        }
        assertEquals(VaultProblem.WRONG_PASSPHRASE,
                assertThrows(VaultException.class, () -> Vault.open(dir, PASS, options())).problem());
        Vault.Opened opened = Vault.open(dir, next, options());
        opened.vault().close();
        assertArrayEquals(bytes("y"), opened.image());
    }

    @Test
    void previousGenerationsAreKeptAsSnapshotsAndPruned() throws Exception {
        try (Vault vault = Vault.create(dir, PASS, bytes("g1"), options())) {
            for (int g = 2; g <= 8; g++) {
                vault.save(bytes("g" + g));
            }
            assertEquals(7, Snapshots.list(dir).size(), "a save only adds a snapshot; pruning is a separate step");
            vault.pruneSnapshots();
        }
        List<Snapshot> snapshots = Snapshots.list(dir);
        // 7 earlier generations all saved today: the last 3 are kept (today's newest is among them)
        assertEquals(List.of(7L, 6L, 5L), snapshots.stream().map(Snapshot::generation).toList());
        Vault.Opened old = Vault.openSnapshot(dir, snapshots.get(2), PASS, options());
        old.vault().close();
        assertArrayEquals(bytes("g5"), old.image());
    }

    @Test
    void aPrunedSnapshotBecomesTheNextSavesTempFileAndIsCutToTheNewLength() throws Exception {
        Path temp = AtomicFileWriter.tempFor(Vault.vaultFile(dir));
        byte[] big = new byte[300_000];
        new SecureRandom().nextBytes(big);
        try (Vault vault = Vault.create(dir, PASS, big, options())) {
            for (int g = 2; g <= 5; g++) {
                vault.save(big);
            }
            Object oldest = Files.getAttribute(Snapshots.list(dir).getLast().file(), "unix:ino");
            vault.pruneSnapshots();
            assertTrue(Files.exists(temp), "the pruned generation is kept back as the next temp file");
            assertEquals(oldest, Files.getAttribute(temp, "unix:ino"), "the same file, not a copy");
            assertEquals(List.of(4L, 3L, 2L), Snapshots.list(dir).stream().map(Snapshot::generation).toList());

            vault.save(bytes("small"));
            assertFalse(Files.exists(temp), "renamed into place");
            assertEquals(oldest, Files.getAttribute(Vault.vaultFile(dir), "unix:ino"), "its blocks were written over");
        }
        Vault.Opened opened = Vault.open(dir, PASS, options());
        try (Vault vault = opened.vault()) {
            assertArrayEquals(bytes("small"), opened.image(), "nothing of the longer old content is left past the end");
        }
    }

    @Test
    void aSnapshotWithAnotherNameIsNeverWrittenOver() throws Exception {
        Path temp = AtomicFileWriter.tempFor(Vault.vaultFile(dir));
        Path elsewhere = dir.resolve("kept-by-hand.vault");
        try (Vault vault = Vault.create(dir, PASS, bytes("g1"), options())) {
            for (int g = 2; g <= 5; g++) {
                vault.save(bytes("g" + g));
            }
            Files.createLink(elsewhere, Snapshots.list(dir).getLast().file());
            byte[] before = Files.readAllBytes(elsewhere);
            vault.pruneSnapshots();
            assertFalse(Files.exists(temp), "the only pruned snapshot has a second name: deleted, not reused");
            vault.save(bytes("g6"));
            assertArrayEquals(before, Files.readAllBytes(elsewhere));
        }
    }

    @Test
    void aDamagedMainFileCanBeRecoveredFromTheNewestSnapshotAndIsSetAside() throws Exception {
        try (Vault vault = Vault.create(dir, PASS, bytes("good 1"), options())) {
            vault.save(bytes("good 2"));
        }
        Path main = Vault.vaultFile(dir);
        byte[] damaged = Files.readAllBytes(main);
        damaged[damaged.length - 5] ^= 1;
        Files.write(main, damaged);
        assertEquals(VaultProblem.BODY_DAMAGED, assertThrows(VaultException.class, () -> Vault.open(dir, PASS, options())).problem());

        Snapshot newest = Snapshots.list(dir).getFirst();
        Vault.Opened recovered = Vault.openSnapshot(dir, newest, PASS, options());
        try (Vault vault = recovered.vault()) {
            assertArrayEquals(bytes("good 1"), recovered.image());
            vault.save(recovered.image());
        }
        Vault.Opened reopened = Vault.open(dir, PASS, options());
        reopened.vault().close();
        assertArrayEquals(bytes("good 1"), reopened.image());
        try (var files = Files.list(dir.resolve("snapshots"))) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("damaged-")), "damaged file kept aside");
        }
    }

    @Test
    void inspectReportsDamageWithoutAPassphrase() throws IOException, VaultException {
        Vault.create(dir, PASS, bytes("x"), options()).close();
        Vault.inspect(Vault.vaultFile(dir));
        Path main = Vault.vaultFile(dir);
        byte[] file = Files.readAllBytes(main);
        file[30] ^= 4;
        Files.write(main, file);
        assertEquals(VaultProblem.HEADER_DAMAGED, assertThrows(VaultException.class, () -> Vault.inspect(main)).problem());
    }

    @Test
    void snapshotPolicyKeepsThreeRecentAndOnePerDayForTwoWeeks() {
        Instant now = Instant.parse("2026-11-23T12:00:00Z");
        List<Snapshot> all = new java.util.ArrayList<>();
        long generation = 0;
        for (int daysAgo = 20; daysAgo >= 0; daysAgo--) {
            for (int hour = 8; hour <= 10; hour++) {
                all.add(new Snapshot(dir.resolve("s" + generation), ++generation,
                        now.minus(java.time.Duration.ofDays(daysAgo)).atZone(ZoneOffset.UTC).withHour(hour).toInstant()));
            }
        }
        var keep = SnapshotPolicy.toKeep(all, now, ZoneOffset.UTC);
        // newest three (today 10:00, 09:00, 08:00) + the newest of each of the 13 earlier days
        assertEquals(3 + 13, keep.size());
        assertTrue(keep.stream().noneMatch(s -> s.savedAt().isBefore(now.minus(java.time.Duration.ofDays(14)))));
    }
}
