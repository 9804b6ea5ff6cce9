package nestling.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.time.Clock;
import nestling.journal.Journal;
import nestling.store.VaultSession;
import nestling.vault.VaultOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code nestling batch}: many log lines in one unlock and one save, all or nothing unless told to skip. */
class BatchCommandTest {
    private static final String PASS = "correct horse battery";

    @TempDir
    Path home;

    @BeforeEach
    void createVault() {
        try (VaultSession session = VaultSession.create(home, PASS.toCharArray(), VaultOptions.defaults().withFastKdfForTests())) {
            assertTrue(session.vault().generation() >= 0);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        run(0, PASS + "\n", "baby", "add", "--name", "Ada", "--birth", "2026-09-01", "--sex", "F", "--passphrase-stdin");
    }

    private CliTestConsole run(int expectedExit, String stdin, String... args) {
        CliTestConsole console = new CliTestConsole(stdin, Map.of("NESTLING_HOME", home.toString(), "TZ", "Europe/Berlin"));
        int exit = NestlingCommand.run(args, dir -> {
            throw new AssertionError("no window");
        }, console.console);
        assertEquals(expectedExit, exit, () -> String.join(" ", args) + "\nout: " + console.out() + "\nerr: " + console.err());
        return console;
    }

    private CliTestConsole batch(int expectedExit, String lines, String... options) {
        List<String> args = new ArrayList<>(List.of("batch", "--passphrase-stdin"));
        args.addAll(List.of(options));
        return run(expectedExit, PASS + "\n" + lines, args.toArray(String[]::new));
    }

    private JsonNode entries() {
        return JsonMapper.builder().build().readTree(run(0, PASS + "\n", "list", "--json", "--passphrase-stdin").out());
    }

    @Test
    void linesInTheLogSyntaxOrAsJsonAreLoggedAndReportedOneByOne() {
        CliTestConsole console = batch(0, """
                # the night's feeds
                log diaper --baby Ada --at 2026-11-20T08:15 --wet --dirty --by "Grandma Rose"
                diaper --baby Ada --at 2026-11-20T09:15 --dry

                nestling log note --at 2026-11-20T10:00 --text 'said "ba" twice'
                {"type":"solids","baby":"Ada","at":"2026-11-20T11:00","food":["carrot","pear"],"reaction":"liked"}
                solids --at 2026-11-20T12:00 --food apple
                """);

        String[] out = console.out().split("\n");
        assertEquals(5, out.length, console.out());
        assertTrue(out[0].startsWith("line 2: Logged "), out[0]);
        assertTrue(out[4].startsWith("line 7: Logged "), out[4]);
        JsonNode all = entries();
        assertEquals(5, all.size());
        JsonNode dry = all.get(1);
        assertFalse(dry.get("wet").asBoolean() || dry.get("dirty").asBoolean(), "nothing carries over from the line before");
        assertEquals("Grandma Rose", all.get(0).get("by").asString());
        assertEquals("said \"ba\" twice", all.get(2).get("text").asString());
        assertEquals("[\"carrot\",\"pear\"]", all.get(3).get("foods").toString());
        assertEquals("[\"apple\"]", all.get(4).get("foods").toString(), "a repeated option starts empty on each line");
    }

    @Test
    void aBadLineRefusesTheWholeBatchNamingItsLineNumber() throws Exception {
        Path file = home.resolve("nestling.vault");
        byte[] before = Files.readAllBytes(file);
        CliTestConsole console = batch(ExitCodes.USAGE, """
                diaper --at 2026-11-20T08:15 --wet --by Rose
                diaper --at 2026-11-20T09:15 --wett
                """);

        assertEquals("", console.out(), "nothing is acknowledged");
        assertTrue(console.err().contains("line 2: ") && console.err().contains("--wett"), console.err());
        assertTrue(console.err().contains("Nothing was logged"), console.err());
        assertEquals(0, entries().size());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "the vault file was not written");
    }

    @Test
    void keepGoingSkipsBadLinesSavesTheRestAndSaysWhichWereSkipped() {
        CliTestConsole console = batch(ExitCodes.USAGE, """
                diaper --at 2026-11-20T08:15 --wet
                bottle --at 2026-11-20T09:00 --ml -5 --by Rose
                {"type":"note","text":
                note --at 2026-11-20T10:00 --text ok --json
                note --at 2026-11-20T11:00 --text fine
                """, "--keep-going", "--json");

        String[] out = console.out().split("\n");
        assertEquals(5, out.length, console.out());
        JsonMapper json = JsonMapper.builder().build();
        assertEquals("diaper", json.readTree(out[0]).get("logged").get("type").asString());
        assertEquals(2, json.readTree(out[1]).get("line").asInt());
        assertTrue(json.readTree(out[1]).has("skipped"), out[1]);
        assertTrue(out[3].contains("the batch's own options"), out[3]);
        assertTrue(console.err().contains("skipped 3 lines: 2, 3, 4."), console.err());
        assertEquals(2, entries().size());
        try (VaultSession session = VaultSession.unlock(home, PASS.toCharArray(), VaultOptions.defaults())) {
            var caregivers = Journal.of(session.database(), Clock.systemUTC()).family().caregivers(true);
            assertTrue(caregivers.stream().noneMatch(c -> c.name().equals("Rose")),
                    "a skipped line leaves nothing behind, not even its --by caregiver");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
