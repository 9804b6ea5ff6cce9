package nestling.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nestling.backup.Family;
import nestling.store.VaultSession;
import nestling.vault.VaultOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The backup commands end to end on real vault files: output, exit codes, and nothing changed on failure. */
class BackupCommandsTest {
    private static final String PASS = "correct horse battery";
    private static final VaultOptions FAST = VaultOptions.defaults().withFastKdfForTests();

    @TempDir
    Path dir;
    private Path laptopA;
    private Path laptopB;
    private Path usb;

    @BeforeEach
    void twoLaptops() throws Exception {
        laptopA = dir.resolve("a");
        laptopB = dir.resolve("b");
        usb = Files.createDirectories(dir.resolve("usb"));
        try (VaultSession a = VaultSession.create(laptopA, PASS.toCharArray(), FAST);
                VaultSession b = VaultSession.create(laptopB, PASS.toCharArray(), FAST)) {
            Family.fill(a.database(), 1, 25);
            Family.fill(b.database(), 2, 10);
        }
    }

    @Test
    void exportSavesVerifiesAndVerifyBackupShowsWhatTheFileHolds() throws Exception {
        CliTestConsole export = run(PASS + "\n", "export", "--vault", laptopA.toString(), "--out", usb.toString(), "--passphrase-stdin");
        assertEquals(0, exitOf(export), export.err());
        assertTrue(export.out().startsWith("Backup saved and verified: "), export.out());
        Path file = only(usb);
        assertTrue(file.getFileName().toString().matches("nestling-backup-\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.nestling"), file.toString());

        CliTestConsole verify = run(PASS + "\n", "verify-backup", "--in", file.toString(), "--passphrase-stdin", "--json");
        assertEquals(0, exitOf(verify), verify.err());
        JsonNode report = JsonMapper.builder().build().readTree(verify.out());
        assertEquals("ok", report.get("status").asString());
        assertEquals(List.of("Ada", "Ben"), List.of(report.get("babies").get(0).asString(), report.get("babies").get(1).asString()));
        assertEquals(2, report.get("formatVersion").asInt() + 1);
    }

    @Test
    void verifyAndImportRefuseDevZeroAtOnce() throws Exception {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero), "no /dev/zero");
        String before = contentOf(laptopA);
        List<String[]> commands = List.of(new String[] {"verify-backup", "--in", zero.toString()},
                new String[] {"import", "--vault", laptopA.toString(), "--in", zero.toString(), "--mode", "merge",
                    "--passphrase-stdin"});
        for (String[] command : commands) {
            long started = System.nanoTime();
            CliTestConsole console = run(PASS + "\n", command);
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(4, exitOf(console), console.err());
            assertTrue(console.err().contains("not an ordinary file"), console.err());
            // import unlocks the vault first (Argon2id at the cheap test settings): the rest is milliseconds
            assertTrue(millis < 1000, command[0] + " took " + millis + " ms");
        }
        assertEquals(before, contentOf(laptopA));
    }

    @Test
    void exportWithoutADestinationIsAUsageError() {
        CliTestConsole console = run(PASS + "\n", "export", "--vault", laptopA.toString(), "--passphrase-stdin");
        assertEquals(2, exitOf(console));
        assertTrue(console.err().contains("--out"), console.err());
    }

    @Test
    void plainExportWarnsThatAnyoneCanReadIt() throws Exception {
        CliTestConsole console = run(PASS + "\n", "export", "--vault", laptopA.toString(), "--out", usb.toString(),
                "--plain", "--passphrase-stdin");
        assertEquals(0, exitOf(console), console.err());
        assertTrue(console.err().contains("not encrypted"), console.err());
        assertTrue(only(usb).toString().endsWith(".json"));
        CliTestConsole verify = run("", "verify-backup", "--in", only(usb).toString());
        assertEquals(0, exitOf(verify), verify.err());
    }

    @Test
    void mergeBringsTheOtherLaptopInAndMergingAgainChangesNothing() throws Exception {
        run(PASS + "\n", "export", "--vault", laptopA.toString(), "--out", usb.toString(), "--passphrase-stdin");
        Path file = only(usb);
        CliTestConsole merge = run(PASS + "\n", "import", "--vault", laptopB.toString(), "--in", file.toString(),
                "--mode", "merge", "--passphrase-stdin");
        assertEquals(0, exitOf(merge), merge.err());
        assertTrue(merge.out().contains("Merged:") && merge.out().contains("To undo"), merge.out());
        String after = contentOf(laptopB);

        CliTestConsole again = run(PASS + "\n", "import", "--vault", laptopB.toString(), "--in", file.toString(),
                "--mode", "merge", "--passphrase-stdin", "--json");
        assertEquals(0, exitOf(again), again.err());
        JsonNode entries = JsonMapper.builder().build().readTree(again.out()).get("merge").get("tables").get("entries");
        assertEquals(0, entries.get("added").asInt() + entries.get("updated").asInt() + entries.get("deleted").asInt());
        assertEquals(after, contentOf(laptopB));
    }

    /** What the backup holds is said once per key: "babies: 2 (Ada, Ben)", not "babies: Ada, Ben" and then "babies: 2". */
    @Test
    void importAndVerifyNameTheBabiesOnTheLineThatCountsThem() throws Exception {
        run(PASS + "\n", "export", "--vault", laptopA.toString(), "--out", usb.toString(), "--passphrase-stdin");
        Path file = only(usb);
        CliTestConsole merge = run(PASS + "\n", "import", "--vault", laptopB.toString(), "--in", file.toString(),
                "--mode", "merge", "--dry-run", "--passphrase-stdin");
        assertEquals(0, exitOf(merge), merge.err());
        String holds = merge.out().substring(0, merge.out().indexOf("Merging would give:"));
        assertEquals(List.of("  babies: 2 (Ada, Ben)"), holds.lines().filter(l -> l.startsWith("  babies")).toList(), holds);

        CliTestConsole verify = run(PASS + "\n", "verify-backup", "--in", file.toString(), "--passphrase-stdin");
        assertEquals(0, exitOf(verify), verify.err());
        assertEquals(List.of("  babies: 2 (Ada, Ben)"), verify.out().lines().filter(l -> l.startsWith("  babies")).toList(),
                verify.out());
    }

    @Test
    void replaceCanBeUndoneWithTheSafetyCopyAndDryRunChangesNothing() throws Exception {
        String original = contentOf(laptopB);
        run(PASS + "\n", "export", "--vault", laptopA.toString(), "--out", usb.toString(), "--passphrase-stdin");
        Path file = only(usb);

        CliTestConsole dry = run(PASS + "\n", "import", "--vault", laptopB.toString(), "--in", file.toString(),
                "--mode", "replace", "--dry-run", "--passphrase-stdin");
        assertEquals(0, exitOf(dry), dry.err());
        assertTrue(dry.out().contains("nothing was changed"), dry.out());
        assertEquals(original, contentOf(laptopB));

        CliTestConsole replace = run(PASS + "\n", "import", "--vault", laptopB.toString(), "--in", file.toString(),
                "--mode", "replace", "--passphrase-stdin", "--json");
        assertEquals(0, exitOf(replace), replace.err());
        assertEquals(contentOf(laptopA), contentOf(laptopB));
        Path safety = Path.of(JsonMapper.builder().build().readTree(replace.out()).get("safetyCopy").asString());
        assertTrue(safety.startsWith(laptopB.resolve("snapshots")), safety.toString());

        CliTestConsole undo = run(PASS + "\n", "import", "--vault", laptopB.toString(), "--in", safety.toString(),
                "--mode", "replace", "--passphrase-stdin");
        assertEquals(0, exitOf(undo), undo.err());
        assertEquals(original, contentOf(laptopB));
    }

    @Test
    void badBackupsGetTheirExitCodesAndChangeNothing() throws Exception {
        run(PASS + "\n", "export", "--vault", laptopA.toString(), "--out", usb.toString(), "--passphrase-stdin");
        Path file = only(usb);
        String original = contentOf(laptopB);

        CliTestConsole wrong = run(PASS + "\nnot the backup passphrase\n", "import", "--vault", laptopB.toString(),
                "--in", file.toString(), "--mode", "merge", "--separate-passphrase", "--passphrase-stdin");
        assertEquals(3, exitOf(wrong), wrong.err());
        assertTrue(wrong.err().contains("Wrong passphrase for this backup"), wrong.err());

        byte[] bytes = Files.readAllBytes(file);
        Path truncated = Files.write(dir.resolve("cut.nestling"), Arrays.copyOf(bytes, bytes.length - 100));
        CliTestConsole cut = run(PASS + "\n", "import", "--vault", laptopB.toString(), "--in", truncated.toString(),
                "--mode", "replace", "--passphrase-stdin");
        assertEquals(4, exitOf(cut), cut.err());
        assertTrue(cut.err().contains("damaged"), cut.err());

        Path newer = Files.writeString(dir.resolve("newer.json"),
                "{\"format\":\"nestling-backup\",\"formatVersion\":9,\"schemaVersion\":1}");
        CliTestConsole future = run(PASS + "\n", "import", "--vault", laptopB.toString(), "--in", newer.toString(),
                "--mode", "merge", "--passphrase-stdin");
        assertEquals(4, exitOf(future), future.err());
        assertTrue(future.err().contains("newer Nestling"), future.err());

        CliTestConsole verify = run(PASS + "\n", "verify-backup", "--in", truncated.toString(), "--passphrase-stdin");
        assertEquals(4, exitOf(verify));
        CliTestConsole missing = run("", "verify-backup", "--in", dir.resolve("nope.json").toString());
        assertEquals(6, exitOf(missing));
        assertEquals(original, contentOf(laptopB));
    }

    @Test
    void aSeparateBackupPassphraseRoundTrips() throws Exception {
        String backupPass = "usb stick phrase";
        CliTestConsole export = run(PASS + "\n" + backupPass + "\n", "export", "--vault", laptopA.toString(),
                "--out", usb.resolve("family.nestling").toString(), "--separate-passphrase", "--passphrase-stdin");
        assertEquals(0, exitOf(export), export.err());
        CliTestConsole merge = run(PASS + "\n" + backupPass + "\n", "import", "--vault", laptopB.toString(),
                "--in", usb.resolve("family.nestling").toString(), "--mode", "merge", "--separate-passphrase", "--passphrase-stdin");
        assertEquals(0, exitOf(merge), merge.err());
        CliTestConsole vaultPass = run(PASS + "\n", "verify-backup", "--in", usb.resolve("family.nestling").toString(),
                "--passphrase-stdin");
        assertEquals(3, exitOf(vaultPass));
    }

    private final java.util.Map<CliTestConsole, Integer> exits = new java.util.HashMap<>();

    private CliTestConsole run(String stdin, String... args) {
        CliTestConsole console = new CliTestConsole(stdin, Map.of());
        exits.put(console, NestlingCommand.run(args, directory -> { }, console.console));
        return console;
    }

    private int exitOf(CliTestConsole console) {
        return exits.get(console);
    }

    private static Path only(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> list = files.toList();
            assertEquals(1, list.size(), list.toString());
            return list.getFirst();
        }
    }

    private static String contentOf(Path vault) throws Exception {
        try (VaultSession session = VaultSession.unlock(vault, PASS.toCharArray(), FAST)) {
            return Family.content(session.database());
        }
    }

    @Test
    void helpListsTheBackupCommands() {
        CliTestConsole console = run("", "--help");
        for (String command : List.of("export", "import", "verify-backup")) {
            assertTrue(console.out().contains(command), console.out());
        }
        assertFalse(console.out().isEmpty());
    }
}
