package nestling.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nestling.app.Main;
import nestling.store.VaultSession;
import nestling.testsupport.ChildJvm;
import nestling.testsupport.EntryRows;
import nestling.testsupport.HostileFiles;
import nestling.testsupport.ReadOnlyFolder;
import nestling.vault.Vault;
import nestling.vault.VaultOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code init}, {@code check} and {@code change-passphrase} through the real command line: every
 * exit code of the contract, and messages that say what is wrong and what to do without ever
 * echoing a passphrase. Vaults other than the one {@code init} makes use the cheap test KDF (it is
 * stored in the header, so the commands unlock them quickly with their production settings).
 */
class VaultCliTest {
    private static final String PASS = "correct horse battery";
    private static final String NEW_PASS = "staple paper clip tree";
    private static final String SHORT = "7chars!";

    @TempDir
    Path dir;

    /** One command run: exit code and what it printed. */
    private record Run(int exit, String out, String err) {
        Run expect(int code) {
            assertEquals(code, exit, "exit code; out: " + out + " err: " + err);
            for (String secret : List.of(PASS, NEW_PASS, "wrong passphrase 123", SHORT)) {
                assertFalse(out.contains(secret) || err.contains(secret), "a passphrase was echoed: " + out + err);
            }
            return this;
        }

        Run says(String... fragments) {
            for (String fragment : fragments) {
                assertTrue((out + err).contains(fragment), "expected \"" + fragment + "\" in: " + out + err);
            }
            return this;
        }
    }

    private Run run(String stdin, Map<String, String> environment, String... args) {
        CliTestConsole console = new CliTestConsole(stdin, environment);
        int exit = NestlingCommand.run(args, directory -> { }, console.console);
        return new Run(exit, console.out(), console.err());
    }

    private Run run(String stdin, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--vault");
        all.add(dir.toString());
        return run(stdin, Map.of(), all.toArray(String[]::new));
    }

    private void createFastVault(String passphrase) throws Exception {
        try (VaultSession session = VaultSession.create(dir, passphrase.toCharArray(),
                VaultOptions.defaults().withFastKdfForTests())) {
            session.database().write(c -> {
                EntryRows.note(c, "first smile");
                return null;
            });
        }
    }

    @Test
    void initWithNestlingHomeThenCheckReportsTheVaultAsJson() throws Exception {
        Path home = dir.resolve("home");
        run(PASS + "\n", Map.of("NESTLING_HOME", home.toString()), "init", "--passphrase-stdin")
                .expect(0).says("Created a new vault", "cannot be recovered");
        Run check = run(PASS + "\n", Map.of("NESTLING_HOME", home.toString()), "check", "--passphrase-stdin", "--json")
                .expect(0);
        JsonNode json = JsonMapper.builder().build().readTree(check.out());
        assertEquals(Set.of("vault", "status", "generation", "schemaVersion", "fileBytes", "snapshots", "babies",
                "caregivers", "entries", "timers", "futureEntries"), Set.copyOf(json.propertyNames()));
        assertEquals("ok", json.get("status").asString());
        assertEquals(home.toAbsolutePath().toString(), json.get("vault").asString());
        assertEquals(1, json.get("generation").asLong());
        assertEquals(nestling.store.Migrations.latestVersion(), json.get("schemaVersion").asInt());
        assertEquals(Files.size(Vault.vaultFile(home)), json.get("fileBytes").asLong());
        assertEquals(0, json.get("entries").asLong());
        assertEquals(0, json.get("babies").asLong());

        run(PASS + "\n", Map.of("NESTLING_HOME", home.toString()), "check", "--passphrase-stdin")
                .expect(0).says("Vault OK", "generation: 1", "entries: 0");
    }

    @Test
    void checkCountsWhatTheVaultHolds() throws Exception {
        createFastVault(PASS);
        Run check = run(PASS + "\n", "check", "--passphrase-stdin", "--json").expect(0);
        assertEquals(1, JsonMapper.builder().build().readTree(check.out()).get("entries").asLong());
    }

    @Test
    void usageErrorsExitTwoAndCreateNothing() {
        run(SHORT + "\n", "init", "--passphrase-stdin").expect(2).says("at least 8 characters");
        run("", "init", "--passphrase-stdin").expect(2).says("expected the new passphrase", "input ended");
        run(PASS + "\n", "init").expect(2).says("--passphrase-stdin", "--passphrase-file");
        run(PASS + "\n", "init", "--passphrase-stdin", "--passphrase-file", "x").expect(2).says("not both");
        run("", "check", "--no-such-flag").expect(2).says("Unknown option");
        assertFalse(Files.exists(Vault.vaultFile(dir)), "a failed init leaves no vault behind");
    }

    @Test
    void initRefusesToOverwriteAnExistingVault() throws Exception {
        createFastVault(PASS);
        byte[] before = Files.readAllBytes(Vault.vaultFile(dir));
        run(NEW_PASS + "\n", "init", "--passphrase-stdin").expect(6).says("already exists", "Unlock it instead");
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(Vault.vaultFile(dir))), "the vault is untouched");
    }

    @Test
    void missingVaultOrPassphraseFileExitsSix() throws Exception {
        run(PASS + "\n", "check", "--passphrase-stdin").expect(6).says("no Nestling vault in this folder", "Create one");
        run(PASS + "\n", "change-passphrase", "--passphrase-stdin").expect(6).says("no Nestling vault");
        createFastVault(PASS);
        run("", "check", "--passphrase-file", dir.resolve("absent.txt").toString()).expect(6)
                .says("cannot read the passphrase file");
    }

    @Test
    void passphraseFileWorksLikeStdin() throws Exception {
        createFastVault(PASS);
        Path file = dir.resolve("pass.txt");
        Files.writeString(file, PASS + "\n");
        run("", "check", "--passphrase-file", file.toString()).expect(0).says("Vault OK");
    }

    @Test
    void wrongPassphraseExitsThree() throws Exception {
        createFastVault(PASS);
        run("wrong passphrase 123\n", "check", "--passphrase-stdin").expect(3).says("Wrong passphrase", "Caps Lock");
        run("wrong passphrase 123\n" + NEW_PASS + "\n", "change-passphrase", "--passphrase-stdin").expect(3)
                .says("Wrong passphrase");
        run(PASS + "\n", "check", "--passphrase-stdin").expect(0);
    }

    @Test
    void aFlippedBodyByteExitsFourAndPointsAtSnapshots() throws Exception {
        createFastVault(PASS);
        flip(Vault.vaultFile(dir), 176 + 100);
        run(PASS + "\n", "check", "--passphrase-stdin").expect(4).says("contents are damaged", "snapshot");
        run(PASS + "\n" + NEW_PASS + "\n", "change-passphrase", "--passphrase-stdin").expect(4);
    }

    /** Bytes appended are found before any passphrase is tried: the message cannot vouch for one. */
    @Test
    void bytesAppendedWithAWrongPassphraseNeverSayThePassphraseIsRight() throws Exception {
        createFastVault(PASS);
        Files.write(Vault.vaultFile(dir), new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);
        Run run = run("wrong passphrase 123\n", "check", "--passphrase-stdin").expect(4).says("longer than it should be");
        assertFalse((run.out() + run.err()).contains("passphrase is right"), run.err());
    }

    @Test
    void checkJsonOnADamagedVaultPrintsAJsonObjectSayingSo() throws Exception {
        createFastVault(PASS);
        flip(Vault.vaultFile(dir), 176 + 100);
        Run run = run(PASS + "\n", "check", "--json", "--passphrase-stdin").expect(4);
        JsonNode report = JsonMapper.builder().build().readTree(run.out());
        assertEquals("damaged", report.get("status").asString());
        assertEquals("BODY_DAMAGED", report.get("problem").asString());
        assertTrue(report.get("message").asString().contains("damaged"), run.out());
        assertEquals(dir.toString(), report.get("vault").asString());
        assertTrue(report.get("snapshots").isNumber(), run.out());
    }

    /**
     * The advice "bring back the newest good snapshot" names a command that exists: {@code snapshots}
     * lists them, {@code restore-snapshot} brings the newest good one back and keeps the damaged file.
     */
    @Test
    void aDamagedVaultIsBroughtBackFromItsNewestGoodSnapshotOnTheCommandLine() throws Exception {
        createFastVault(PASS);
        run(PASS + "\n", "baby", "add", "--name", "Ada", "--birth", "2026-01-02", "--passphrase-stdin").expect(0);
        run(PASS + "\n", "baby", "add", "--name", "Ben", "--birth", "2026-01-02", "--passphrase-stdin").expect(0);
        flip(Vault.vaultFile(dir), 176 + 100);
        run(PASS + "\n", "check", "--passphrase-stdin").expect(4).says("nestling restore-snapshot");

        Run listed = run("", "snapshots").expect(0);
        assertTrue(listed.out().lines().count() >= 2, listed.out());
        assertTrue(listed.out().contains("save number"), listed.out());

        run("wrong passphrase 123\n", "restore-snapshot", "--passphrase-stdin").expect(3);
        run(PASS + "\n", "restore-snapshot", "--passphrase-stdin").expect(0).says("Restored", "kept");
        Run check = run(PASS + "\n", "check", "--passphrase-stdin").expect(0).says("Vault OK");
        assertTrue(check.out().contains("babies: 1"), check.out()); // Ben was added in the damaged file only
    }

    /**
     * A vault on a read-only mount or in a folder without write permission: reading commands work
     * and say once, on stderr, that the folder is read-only; a write command says nothing was saved.
     * The lock file is gone and an old temp file is left, the two things that used to need a write.
     */
    @Test
    void aReadOnlyVaultFolderCanStillBeCheckedListedAndExported() throws Exception {
        createFastVault(PASS);
        Files.delete(dir.resolve("nestling.lock"));
        Files.write(Vault.tempFile(dir), new byte[] {1, 2, 3});
        Path stick = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-stick"));
        try (ReadOnlyFolder readOnly = ReadOnlyFolder.of(dir)) {
            run(PASS + "\n", "check", "--passphrase-stdin").expect(0).says("Vault OK", "read-only");
            Run check = run(PASS + "\n", "check", "--json", "--passphrase-stdin").expect(0);
            assertTrue(JsonMapper.builder().build().readTree(check.out()).get("readOnly").asBoolean(), check.out());
            Run list = run(PASS + "\n", "list", "--passphrase-stdin").expect(0);
            assertEquals(1, list.err().lines().filter(line -> line.contains("read-only")).count(), list.err());
            run(PASS + "\n", "export", "--plain", "--out", stick.toString(), "--passphrase-stdin").expect(0)
                    .says("Backup saved and verified");
            run(PASS + "\n", "baby", "add", "--name", "Ada", "--birth", "2026-01-02", "--passphrase-stdin").expect(1)
                    .says("The vault folder is read-only", "nothing was saved");
            assertFalse(Files.exists(dir.resolve("nestling.lock")), "a lock file in a read-only folder");
        }
        run(PASS + "\n", "check", "--json", "--passphrase-stdin").expect(0);
    }

    @Test
    void aFlippedHeaderByteExitsFourNotThree() throws Exception {
        createFastVault(PASS);
        flip(Vault.vaultFile(dir), 40);
        run(PASS + "\n", "check", "--passphrase-stdin").expect(4).says("header is damaged", "snapshot");
        Files.write(Vault.vaultFile(dir), "just some text".getBytes(StandardCharsets.UTF_8));
        run(PASS + "\n", "check", "--passphrase-stdin").expect(4).says("not a Nestling vault", "right folder");
    }

    @Test
    void changePassphraseReplacesTheOldOne() throws Exception {
        createFastVault(PASS);
        run(PASS + "\n" + NEW_PASS + "\n", "change-passphrase", "--passphrase-stdin").expect(0).says("Passphrase changed");
        run(PASS + "\n", "check", "--passphrase-stdin").expect(3);
        Run check = run(NEW_PASS + "\n", "check", "--passphrase-stdin", "--json").expect(0);
        assertEquals(1, JsonMapper.builder().build().readTree(check.out()).get("entries").asLong(), "data kept");
    }

    @Test
    void changePassphraseUsageErrorsKeepTheOldPassphrase() throws Exception {
        createFastVault(PASS);
        run(PASS + "\n" + SHORT + "\n", "change-passphrase", "--passphrase-stdin").expect(2)
                .says("at least 8 characters", "Nothing was changed");
        run(PASS + "\n", "change-passphrase", "--passphrase-stdin").expect(2).says("expected the new passphrase");
        run(PASS + "\n", "check", "--passphrase-stdin").expect(0);
    }

    @Test
    void aPipeInPlaceOfTheVaultFileExitsFourAtOnceFromTheRealLauncher() throws Exception {
        createFastVault(PASS);
        Files.delete(Vault.vaultFile(dir));
        HostileFiles.fifo(Vault.vaultFile(dir)); // reading it used to wait for a writer forever
        Path log = dir.resolve("launcher.log");
        long started = System.nanoTime();
        Process launcher = ChildJvm.start(Main.class, log, "check", "--passphrase-stdin", "--vault", dir.toString());
        try (OutputStream in = launcher.getOutputStream()) {
            in.write((PASS + "\n").getBytes(StandardCharsets.UTF_8));
        }
        int exit = ChildJvm.waitQuietly(launcher);
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        String err = Files.readString(log);
        assertEquals(4, exit, err);
        assertTrue(err.contains("not an ordinary file") && err.contains("snapshot"), err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), "a stack trace: " + err);
        assertTrue(seconds < 20, "the whole launcher took " + seconds + " s"); // the refusal itself: HostileVaultFileTest
    }

    @Test
    void aLinkToDevZeroInPlaceOfTheVaultFileExitsFour() throws Exception {
        createFastVault(PASS);
        Files.delete(Vault.vaultFile(dir));
        HostileFiles.linkToDevZero(Vault.vaultFile(dir));
        run(PASS + "\n", "check", "--passphrase-stdin").expect(4).says("not an ordinary file", "snapshot");
        Files.delete(Vault.vaultFile(dir)); // the link, so the cleanup does not warn about its target
    }

    @Test
    void aVaultOpenInAnotherProcessExitsFive() throws Exception {
        createFastVault(PASS);
        Path log = dir.resolve("child.log");
        Process holder = ChildJvm.start(LockHolderChild.class, log, dir.toString());
        try (OutputStream in = holder.getOutputStream(); BufferedReader out = ChildJvm.stdout(holder)) {
            in.write((PASS + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
            ChildJvm.awaitLine(out, "UNLOCKED", holder);

            run(PASS + "\n", "check", "--passphrase-stdin").expect(5).says("already open in another Nestling", "Close that one");
            run(PASS + "\n" + NEW_PASS + "\n", "change-passphrase", "--passphrase-stdin").expect(5);
            run(NEW_PASS + "\n", "init", "--passphrase-stdin").expect(5);

            // and the real launcher's process exit status, not only the in-process return value
            Path launcherLog = dir.resolve("launcher.log");
            Process launcher = ChildJvm.start(Main.class, launcherLog, "check", "--passphrase-stdin", "--vault", dir.toString());
            try (OutputStream launcherIn = launcher.getOutputStream()) {
                launcherIn.write((PASS + "\n").getBytes(StandardCharsets.UTF_8));
            }
            assertEquals(5, ChildJvm.waitQuietly(launcher), Files.readString(launcherLog));
            assertTrue(Files.readString(launcherLog).contains("already open in another Nestling"));
        } finally {
            holder.destroy();
            ChildJvm.waitQuietly(holder);
        }
        run(PASS + "\n", "check", "--passphrase-stdin").expect(0);
    }

    @Test
    void aSecondWriterAfterTheLockFileWasDeletedDoesNotLoseTheFirstOnesEntry() throws Exception {
        createFastVault(PASS);
        Path log = dir.resolve("child.log");
        Process holder = ChildJvm.start(LockHolderChild.class, log, dir.toString());
        try (OutputStream in = holder.getOutputStream(); BufferedReader out = ChildJvm.stdout(holder)) {
            in.write((PASS + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
            ChildJvm.awaitLine(out, "UNLOCKED", holder);
            // a cleaner removes the lock file while the other process has the vault open
            Files.delete(dir.resolve("nestling.lock"));

            // this process gets a new lock file and saves first; the other may no longer save
            try (VaultSession second = VaultSession.unlock(dir, PASS.toCharArray(),
                    VaultOptions.defaults().withFastKdfForTests())) {
                second.database().write(c -> {
                    EntryRows.note(c, "B");
                    return null;
                });
                second.flush();
                in.write("note A\n".getBytes(StandardCharsets.UTF_8));
                in.flush();
                String answer = out.readLine();
                assertTrue(answer.startsWith("REFUSED Another Nestling opened this vault"), answer);
            }
            // this one has closed: the other takes the lock again, but the file is still not the one it loaded
            in.write("note A\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
            assertTrue(out.readLine().startsWith("REFUSED "));
        } finally {
            holder.destroy();
            ChildJvm.waitQuietly(holder);
        }
        try (VaultSession session = VaultSession.unlock(dir, PASS.toCharArray(), VaultOptions.defaults().withFastKdfForTests())) {
            assertEquals(List.of("first smile", "B"), session.database().read(EntryRows::noteTexts));
        }
    }

    @Test
    void entriesLoggedWhileTheClockWasFarAheadAreReportedByCheckAndStillExported() throws Exception {
        createFastVault(PASS);
        try (VaultSession session = VaultSession.unlock(dir, PASS.toCharArray(), VaultOptions.defaults().withFastKdfForTests())) {
            session.database().write(c -> {
                try (var insert = EntryRows.prepare(c)) {
                    EntryRows.add(insert, new byte[16], new byte[16], "note",
                            java.time.Instant.parse("2150-03-01T10:00:00Z").toEpochMilli(), null, "{\"text\":\"ahead\"}");
                }
                return null;
            });
            session.flush();
        }
        run(PASS + "\n", "check", "--passphrase-stdin").expect(0)
                .says("futureEntries: 1", "1 entry is dated more than a day in the future", "edit", "delete");
        JsonNode report = JsonMapper.builder().build().readTree(run(PASS + "\n", "check", "--json", "--passphrase-stdin")
                .expect(0).out());
        assertEquals(1, report.get("futureEntries").asInt());
        Path backup = dir.resolve("backup.json");
        run(PASS + "\n", "export", "--plain", "--out", backup.toString(), "--passphrase-stdin").expect(0)
                .says("Backup saved and verified");
        assertTrue(Files.readString(backup).contains("\"startAt\":" + java.time.Instant.parse("2150-03-01T10:00:00Z").toEpochMilli()));
    }

    private static void flip(Path file, int offset) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        bytes[offset] ^= 0x01;
        Files.write(file, bytes);
    }
}
