package nestling.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class StatsCommandTest {
    @TempDir
    static Path directory;

    @BeforeAll
    static void vault() throws Exception {
        InsightsVault.create(directory);
    }

    private static CliTestConsole stats(int exit, String... more) {
        String[] base = {"stats", "--vault", directory.toString(), "--passphrase-stdin", "--zone", "Europe/Berlin"};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return InsightsVault.run(exit, args);
    }

    @Test
    void textShowsTheDayAndTheAverages() {
        String out = stats(0, "--baby", "ada", "--day", "2026-03-10").out();
        assertTrue(out.contains("Ada · Tuesday 2026-03-10"), out);
        assertTrue(out.contains("3 (1 breast, 2 bottle) · bottle 250 ml · breast L 10 m, R 15 m"), out);
        // 00:00–02:10 of the night plus a 1 h 30 nap
        assertTrue(out.contains("3 h 40 m (night 2 h 10 m, naps 1 h 30 m)"), out);
        assertTrue(out.contains("2 (2 wet, 1 dirty)"), out);
        assertTrue(out.contains("08:10 Paracetamol 2.5 ml"), out);
        assertTrue(out.contains("08:00 38.2 °C"), out);
        assertTrue(out.contains("last 7 days (2026-03-04 to 2026-03-10)"), out);
        assertTrue(out.contains("last 30 days"), out);
    }

    @Test
    void jsonGivesTheSameFiguresForScripts() {
        JsonNode root = JsonMapper.builder().build().readTree(stats(0, "--baby", "Ada", "--day", "2026-03-10", "--json").out());
        JsonNode day = root.get("days").get(0);
        assertEquals("2026-03-10", day.get("date").asString());
        assertEquals(250, day.get("bottleMl").asInt());
        assertEquals(220.0, day.get("sleepMinutes").asDouble(), 1e-9);
        assertEquals(130.0, day.get("nightSleepMinutes").asDouble(), 1e-9);
        assertEquals(2, day.get("wetDiapers").asInt());
        assertEquals("Paracetamol", day.get("medicines").get(0).get("name").asString());
        assertEquals(2.5, day.get("medicines").get(0).get("dose").asDouble(), 1e-9);
        JsonNode week = root.get("trends").get(0);
        // Daily care began with the night from 2026-03-09 (the weights go back to birth): two days
        // count, not seven.
        assertEquals(250 / 2.0, week.get("current").get("perDay").get("bottleMl").asDouble(), 1e-9);
        assertEquals(2, week.get("current").get("days").asInt());
        assertEquals("2026-03-09", week.get("current").get("countedFrom").asString());
        assertEquals("no_data", week.get("direction").get("bottleMl").asString());
    }

    @Test
    void aRangeListsEachDayAndTheTwinIsNotMixedIn() {
        JsonNode root = JsonMapper.builder().build().readTree(
                stats(0, "--baby", "Ben", "--from", "2026-03-09", "--to", "2026-03-11", "--json").out());
        assertEquals(3, root.get("days").size());
        assertEquals(90, root.get("days").get(1).get("bottleMl").asInt());
        assertEquals(0.0, root.get("days").get(0).get("sleepMinutes").asDouble());
        assertEquals(30.0, root.get("averages").get("perDay").get("bottleMl").asDouble(), 1e-9);
        assertEquals("these 3 days", root.get("trends").get(0).get("period").asString());
    }

    @Test
    void theDayStartMovesTheNightToTheDayBefore() {
        // From 06:00: the night 21:30 on the 9th -> 02:10 on the 10th is all the 9th's; the 10th keeps the
        // 1 h 30 nap, the bottles at 06:00 and 10:00, the breastfeed at 17:00, and the diapers at 07:00 and 12:00.
        JsonNode root = JsonMapper.builder().build().readTree(
                stats(0, "--baby", "Ada", "--day", "2026-03-10", "--day-start", "06:00", "--json").out());
        JsonNode day = root.get("days").get(0);
        assertEquals("06:00", root.get("dayStart").asString());
        assertEquals("2026-03-10T05:00:00Z", day.get("start").asString());
        assertEquals(90.0, day.get("sleepMinutes").asDouble(), 1e-9);
        assertEquals(3, day.get("feeds").asInt());
        assertEquals(2, day.get("diapers").asInt());
        assertTrue(stats(0, "--baby", "Ada", "--day", "2026-03-10", "--day-start", "6").out()
                .startsWith("Days start at 06:00"));
        assertTrue(stats(2, "--baby", "Ada", "--day", "2026-03-10", "--day-start", "06:30").err()
                .contains("whole hour from 00:00 to 12:00"));
    }

    @Test
    void mistakesHaveTheirExitCodes() {
        assertTrue(stats(6, "--baby", "Cleo", "--day", "2026-03-10").err().contains("no baby with that name"));
        // two babies in the vault: leaving --baby out is a usage error, not a guess
        stats(2, "--day", "2026-03-10");
        stats(2, "--baby", "Ada", "--day", "2026-03-10", "--from", "2026-03-01");
        stats(2, "--baby", "Ada", "--from", "2026-03-10", "--to", "2026-03-01");
        stats(2, "--baby", "Ada");
    }
}
