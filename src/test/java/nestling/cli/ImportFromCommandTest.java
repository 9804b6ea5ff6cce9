package nestling.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import nestling.imports.ExportFiles;
import nestling.journal.Family;
import nestling.store.VaultSession;
import nestling.vault.VaultLocation;
import nestling.vault.VaultOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nestling import-from} end to end: dry run, import, again, and the exit codes of what goes wrong. */
class ImportFromCommandTest {
    private static final String PASS = "correct horse battery";

    @TempDir
    Path dir;
    private Path vault;
    private Path export;

    @BeforeEach
    void vaultWithAda() throws Exception {
        vault = dir.resolve("vault");
        export = ExportFiles.write(dir.resolve("huckleberry.csv"), ExportFiles.HUCKLEBERRY);
        try (VaultSession session = VaultSession.create(vault, PASS.toCharArray(), VaultOptions.defaults().withFastKdfForTests())) {
            new Family(session.database(), java.time.Clock.systemUTC()).addBaby("Ada",
                    Instant.parse("2024-01-05T08:00:00Z"), ZoneOffset.UTC, null, null);
            session.flush();
        }
    }

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        CliTestConsole console = new CliTestConsole(PASS + "\n", Map.of("TZ", "Europe/Berlin"));
        String[] all = new String[args.length + 3];
        all[0] = "import-from";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--vault=" + vault;
        all[args.length + 2] = "--passphrase-stdin";
        int exit = NestlingCommand.run(all, directory -> { }, console.console);
        return new Run(exit, console.out(), console.err());
    }

    private byte[] vaultBytes() throws Exception {
        return Files.readAllBytes(vault.resolve(VaultLocation.VAULT_FILE));
    }

    @Test
    void dryRunThenImportThenNothingTwice() throws Exception {
        byte[] before = vaultBytes();
        Run dry = run("huckleberry", "--in", export.toString(), "--dry-run");
        assertEquals(0, dry.exit(), dry.err());
        assertTrue(dry.out().startsWith("Huckleberry: 16 to import, 0 skipped as duplicates, 2 refused"), dry.out());
        assertTrue(dry.out().contains("huckleberry.csv, line 7: a bottle of 5,000 ml is not plausible"), dry.out());
        assertTrue(dry.out().endsWith("Dry run: nothing was changed.\n"), dry.out());
        assertTrue(!dry.out().contains("typo in the app") && !dry.err().contains("typo"), "no row content");
        assertArrayEquals(before, vaultBytes());

        Run imported = run("huckleberry", "--in", export.toString());
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(imported.out().contains("Imported 16 entries. To undo, restore the safety copy: "), imported.out());

        byte[] after = vaultBytes();
        Run again = run("huckleberry", "--in", export.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().startsWith("Huckleberry: 0 to import, 16 skipped as duplicates, 2 refused"), again.out());
        assertTrue(again.out().contains("Nothing to import"), again.out());
        assertArrayEquals(after, vaultBytes());
    }

    @Test
    void whatGoesWrongHasItsExitCodeAndChangesNothing() throws Exception {
        byte[] before = vaultBytes();
        assertEquals(ExitCodes.USAGE, run("sprout", "--in", export.toString()).exit());
        assertEquals(ExitCodes.USAGE, run("huckleberry", "--in", export.toString(), "--zone", "Mars/Olympus").exit());
        Run notThisApp = run("nara", "--in", export.toString());
        assertEquals(ExitCodes.DAMAGED, notThisApp.exit());
        assertTrue(notThisApp.err().contains("is not a Nara Baby export"), notThisApp.err());
        Run noBaby = run("huckleberry", "--in", export.toString(), "--baby", "Cleo");
        assertEquals(ExitCodes.NOT_FOUND_OR_EXISTS, noBaby.exit(), noBaby.err());
        Path early = ExportFiles.write(dir.resolve("early.csv"), java.util.List.of(ExportFiles.HUCKLEBERRY.get(0),
                "Diaper,2023-12-30 09:30,,,,,Pee,,Sam", "Diaper,2099-01-01 09:30,,,,,Pee,,Sam"));
        Run refused = run("huckleberry", "--in", early.toString(), "--dry-run");
        assertEquals(0, refused.exit(), refused.err());
        assertTrue(refused.out().startsWith("Huckleberry: 0 to import, 0 skipped as duplicates, 2 refused"), refused.out());
        assertTrue(refused.out().contains("early.csv, line 2: the row is dated 2023-12-30, before the baby's birth date"
                + " 2024-01-05\n  early.csv, line 3: this diaper starts in the future"), refused.out());
        assertArrayEquals(before, vaultBytes());
    }

    @Test
    void babyBuddyAndBabyTrackerGoThroughTheSameCommand() throws Exception {
        Path buddy = Files.createDirectories(dir.resolve("babybuddy"));
        Files.writeString(buddy.resolve("Child-2025-10-02.csv"), "id,first_name,last_name,birth_date,birth_time\n"
                + "1,Ada,Lovelace,2024-01-05,\n");
        Files.writeString(buddy.resolve("Feeding-2025-10-02.csv"), "id,child_id,child_first_name,child_last_name,"
                + "start,end,type,method,amount,notes,tags\n"
                + "13,1,Ada,Lovelace,2024-03-10 06:00:00,2024-03-10 06:10:00,formula,bottle,4.0,,\n"
                + "14,1,Ada,Lovelace,2024-03-10 08:00:00,2024-03-10 08:20:00,breast milk,left breast,,,\n");
        Run noUnits = run("babybuddy", "--in", buddy.toString(), "--baby", "Ada", "--dry-run");
        assertEquals(0, noUnits.exit(), noUnits.err());
        assertTrue(noUnits.out().contains("1 refused"), "Baby Buddy stores amounts without units: " + noUnits.out());
        Run imported = run("babybuddy", "--in", buddy.toString(), "--baby", "Ada", "--units", "us");
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(imported.out().contains("Imported 2 entries."), imported.out());
        Run again = run("babybuddy", "--in", buddy.toString(), "--baby", "Ada", "--units", "us");
        assertTrue(again.out().startsWith("Baby Buddy: 0 to import, 2 skipped as duplicates"), again.out());

        Run notBabyTracker = run("babytracker", "--in", export.toString());
        assertEquals(ExitCodes.DAMAGED, notBabyTracker.exit(), notBabyTracker.out());
    }
}
