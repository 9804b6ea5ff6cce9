package nestling.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import nestling.app.Main;
import nestling.journal.Journal;
import nestling.store.VaultSession;
import nestling.testsupport.ChildJvm;
import nestling.testsupport.EntryRows;
import nestling.vault.VaultOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing is reported done before it is on disk: the real launcher in a child JVM is killed
 * (SIGKILL) the moment its acknowledgement appears on stdout, and the vault must then hold what it
 * acknowledged. Before, "Replaced." and "Merged:" were printed before the save, and a kill right
 * after them left the old vault; so were a stopped timer's "Logged" and a discarded one's line.
 */
class AcknowledgedWhenDurableTest {
    private static final String PASS = "correct horse battery";

    @TempDir
    Path temp;

    private Path vault() {
        return temp.resolve("vault");
    }

    private void run(Path home, String... args) {
        CliTestConsole console = new CliTestConsole(PASS + "\n", Map.of("NESTLING_HOME", home.toString()));
        int exit = NestlingCommand.run(args, directory -> {
            throw new AssertionError("no window");
        }, console.console);
        assertEquals(0, exit, () -> String.join(" ", args) + "\nout: " + console.out() + "\nerr: " + console.err());
    }

    /** A vault with a baby and enough entries that a save takes a moment. */
    private void family(Path home, String baby) throws Exception {
        VaultSession.create(home, PASS.toCharArray(), VaultOptions.defaults().withFastKdfForTests()).close();
        run(home, "baby", "add", "--name", baby, "--birth", "2026-09-01", "--passphrase-stdin");
        try (VaultSession session = VaultSession.unlock(home, PASS.toCharArray(), VaultOptions.defaults())) {
            java.util.UUID id = Journal.of(session.database(), Clock.systemUTC()).family().babies(false).getFirst().meta().id();
            byte[] babyId = java.nio.ByteBuffer.allocate(16).putLong(id.getMostSignificantBits())
                    .putLong(id.getLeastSignificantBits()).array();
            session.database().write(c -> {
                try (var insert = EntryRows.prepare(c)) {
                    for (int i = 0; i < 3000; i++) {
                        EntryRows.add(insert, babyId, new byte[16], "note", System.currentTimeMillis() - i * 60_000L, null,
                                "{\"text\":\"" + baby + " note " + i + "\"}");
                    }
                }
                return null;
            });
            session.flush();
        }
    }

    /** Runs the launcher and kills it as soon as a line starts with {@code acknowledgement}. */
    private void killRightAfter(String acknowledgement, String... args) throws Exception {
        Path log = temp.resolve("child.log");
        Process child = ChildJvm.start(Main.class, log, env -> env.put("NESTLING_HOME", vault().toString()), args);
        try (OutputStream in = child.getOutputStream(); BufferedReader out = ChildJvm.stdout(child)) {
            in.write((PASS + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
            for (String line = out.readLine(); ; line = out.readLine()) {
                if (line == null) {
                    throw new AssertionError("no \"" + acknowledgement + "\" (exit " + ChildJvm.waitQuietly(child) + "): "
                            + Files.readString(log));
                }
                if (line.startsWith(acknowledgement)) {
                    child.destroyForcibly();
                    break;
                }
            }
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
    }

    private List<String> babies() throws Exception {
        try (VaultSession session = VaultSession.unlock(vault(), PASS.toCharArray(), VaultOptions.defaults())) {
            return Journal.of(session.database(), Clock.systemUTC()).family().babies(false).stream()
                    .map(b -> b.name()).sorted().toList();
        }
    }

    @Test
    void replacedMergedAndLoggedAreOnDiskTheMomentTheyArePrinted() throws Exception {
        family(vault(), "Ada");
        Path backup = temp.resolve("ada.json");
        run(vault(), "export", "--plain", "--out", backup.toString(), "--passphrase-stdin");
        Path other = temp.resolve("other");
        family(other, "Bo");
        Path fromOther = temp.resolve("bo.json");
        run(other, "export", "--plain", "--out", fromOther.toString(), "--passphrase-stdin");

        for (int round = 0; round < 2; round++) {
            run(vault(), "baby", "add", "--name", "Later" + round, "--birth", "2026-10-01", "--passphrase-stdin");
            killRightAfter("Replaced.", "import", "--in", backup.toString(), "--mode", "replace", "--passphrase-stdin");
            assertEquals(List.of("Ada"), babies(), "round " + round);
        }

        killRightAfter("Merged:", "import", "--in", fromOther.toString(), "--mode", "merge", "--passphrase-stdin");
        assertEquals(List.of("Ada", "Bo"), babies());

        run(vault(), "timer", "start", "--baby", "Ada", "--kind", "sleep", "--passphrase-stdin");
        killRightAfter("Logged", "timer", "stop", "--baby", "Ada", "--kind", "sleep", "--passphrase-stdin");
        try (VaultSession session = VaultSession.unlock(vault(), PASS.toCharArray(), VaultOptions.defaults())) {
            Journal journal = Journal.of(session.database(), Clock.systemUTC());
            assertTrue(journal.timers().running(null).isEmpty(), "the stop is saved");
        }

        killRightAfter("Logged", "log", "note", "--baby", "Ada", "--text", "said once saved", "--passphrase-stdin");
        try (VaultSession session = VaultSession.unlock(vault(), PASS.toCharArray(), VaultOptions.defaults())) {
            assertTrue(session.database().read(EntryRows::noteTexts).contains("said once saved"),
                    "the logged note is saved");
        }
    }
}
