package nestling.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nestling.app.Main;
import nestling.store.VaultSession;
import nestling.testsupport.ChildJvm;
import nestling.vault.VaultOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Times on the command line: an offset given is kept with the entry, every printed time carries
 * its own offset (a sleep across the spring change ends at 04:30, not 03:30), and every command
 * counts in the same zone (TZ if it names one, else the JVM's), whichever it is.
 */
class CliTimesTest {
    private static final String PASS = "correct horse battery";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path home;

    @BeforeEach
    void createVault() throws Exception {
        VaultSession.create(home, PASS.toCharArray(), VaultOptions.defaults().withFastKdfForTests()).close();
        run(0, "baby", "add", "--name", "Ada", "--birth", "2026-01-01", "--sex", "F", "--passphrase-stdin");
    }

    private CliTestConsole run(int expectedExit, String... args) {
        CliTestConsole console = new CliTestConsole(PASS + "\n", Map.of("NESTLING_HOME", home.toString(),
                "TZ", "Europe/Berlin"));
        int exit = NestlingCommand.run(args, dir -> {
            throw new AssertionError("no window");
        }, console.console);
        assertEquals(expectedExit, exit, () -> String.join(" ", args) + "\nout: " + console.out() + "\nerr: " + console.err());
        return console;
    }

    private JsonNode listed() {
        return JSON.readTree(run(0, "list", "--json", "--passphrase-stdin").out());
    }

    @Test
    void anOffsetGivenStaysWithTheEntry() {
        String logged = run(0, "log", "bottle", "--ml", "90", "--at", "2026-11-23T08:00+05:30", "--passphrase-stdin").out();
        assertTrue(logged.startsWith("Logged 2026-11-23 08:00  Ada  bottle"), logged);
        JsonNode bottle = listed().get(0);
        assertEquals("2026-11-23T08:00+05:30", bottle.get("start").asString(), "the wall clock where it was logged");
        // Without an offset the time is Berlin's, at Berlin's offset that day.
        run(0, "log", "diaper", "--wet", "--at", "2026-11-23T09:00", "--passphrase-stdin");
        assertEquals("2026-11-23T09:00+01:00", listed().get(1).get("start").asString());
    }

    @Test
    void aSleepAcrossTheSpringChangeEndsAtItsOwnOffset() {
        // Europe/Berlin, 29 March 2026: 02:00 CET becomes 03:00 CEST. 01:30 to 04:30 is two hours.
        String logged = run(0, "log", "sleep", "--start", "2026-03-29T01:30", "--end", "2026-03-29T04:30",
                "--passphrase-stdin").out();
        assertTrue(logged.startsWith("Logged 2026-03-29 01:30\u201304:30  Ada  sleep"), logged);
        JsonNode sleep = listed().get(0);
        assertEquals("2026-03-29T01:30+01:00", sleep.get("start").asString());
        assertEquals("2026-03-29T04:30+02:00", sleep.get("end").asString());
        assertEquals(120, sleep.get("minutes").asInt());
        String text = run(0, "list", "--passphrase-stdin").out();
        assertTrue(text.contains("2026-03-29 01:30\u201304:30  Ada  sleep"), text);
    }

    @Test
    void anOwnActivityIsListedByItsName() {
        run(0, "log", "activity", "--kind", "Baby massage", "--at", "2026-03-10T10:00", "--passphrase-stdin");
        String text = run(0, "list", "--passphrase-stdin").out();
        assertTrue(text.contains("Ada  activity  Baby massage"), text);
        assertEquals("Baby massage", listed().get(0).get("activityName").asString());
    }

    @Test
    void logAndStatsCountInTheSameZoneWhenTzAndTheJvmDisagree() throws Exception {
        // TZ names Kolkata, the JVM is told UTC: 02:00 on 10 March in Kolkata is still 9 March in UTC.
        Map<String, String> environment = Map.of("NESTLING_HOME", home.toString(), "TZ", "Asia/Kolkata",
                "JAVA_TOOL_OPTIONS", "-Duser.timezone=UTC");
        child(environment, "log", "bottle", "--ml", "80", "--at", "2026-03-10T02:00", "--passphrase-stdin");
        JsonNode stats = JSON.readTree(child(environment, "stats", "--day", "2026-03-10", "--json", "--passphrase-stdin"));
        assertEquals("Asia/Kolkata", stats.get("zone").asString());
        assertEquals(1, stats.get("days").get(0).get("bottles").asInt(), stats.toString());
        JsonNode listed = JSON.readTree(child(environment, "list", "--json", "--passphrase-stdin"));
        assertEquals("2026-03-10T02:00+05:30", listed.get(0).get("start").asString());
    }

    /** Runs the real launcher in a child JVM with {@code environment} added; its output. */
    private String child(Map<String, String> environment, String... args) throws Exception {
        Path log = home.resolve("child-" + System.nanoTime() + ".log");
        List<String> all = new ArrayList<>(List.of(args));
        Process process = ChildJvm.start(Main.class, log, env -> env.putAll(environment), all.toArray(String[]::new));
        try (OutputStream in = process.getOutputStream()) {
            in.write((PASS + "\n").getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String errors = Files.readString(log);
        assertEquals(0, ChildJvm.waitQuietly(process), () -> out + errors);
        return out;
    }
}
