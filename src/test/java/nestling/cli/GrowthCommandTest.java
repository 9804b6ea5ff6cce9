package nestling.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GrowthCommandTest {
    private final List<java.nio.file.Path> openedWindows = new ArrayList<>();

    private CliTestConsole run(int expectedExit, String... args) {
        CliTestConsole console = new CliTestConsole("", Map.of());
        int exit = NestlingCommand.run(args, openedWindows::add, console.console);
        assertEquals(expectedExit, exit, () -> "out: " + console.out() + "\nerr: " + console.err());
        assertTrue(openedWindows.isEmpty(), "growth needs no vault and opens no window");
        return console;
    }

    private static JsonNode result(JsonNode root, String indicator) {
        for (JsonNode node : root.get("results")) {
            if (node.get("indicator").asString().equals(indicator)) {
                return node;
            }
        }
        throw new AssertionError("no " + indicator + " in " + root);
    }

    @Test
    void jsonGivesEveryIndicatorWithZAndPercentile() {
        // README example of WorldHealthOrganization/anthro: girl, 1000 days, 15 kg, 80 cm.
        CliTestConsole console = run(0, "growth", "--sex", "F", "--age-days", "1000", "--weight-kg", "15",
                "--height-cm", "80", "--head-cm", "48", "--json");
        JsonNode root = JsonMapper.builder().build().readTree(console.out());
        assertEquals("F", root.get("sex").asString());
        assertEquals(1000, root.get("ageDays").asInt());
        assertEquals(5, root.get("results").size());
        assertEquals(-3.50, result(root, "length-height-for-age").get("z").asDouble(), 0.005);
        assertEquals(0.95, result(root, "weight-for-age").get("z").asDouble(), 0.005);
        JsonNode wfh = result(root, "weight-for-length-height");
        assertEquals("weight-for-height", wfh.get("table").asString());
        assertEquals(4.13, wfh.get("z").asDouble(), 0.005);
        assertEquals(4.66, result(root, "bmi-for-age").get("z").asDouble(), 0.005);
        JsonNode weight = result(root, "weight-for-age");
        assertFalse(weight.get("outsideRange").asBoolean());
        double z = weight.get("z").asDouble();
        assertTrue(Math.abs(z * 1e4 - Math.rint(z * 1e4)) > 0, "z keeps more than 4 decimals: " + z);
        assertEquals(82.9, weight.get("percentile").asDouble(), 0.1);
    }

    @Test
    void birthAndDateGiveTheAgeInCompletedDays() {
        CliTestConsole console = run(0, "growth", "--sex", "M", "--birth", "2024-01-01", "--date", "2024-12-31",
                "--weight-kg", "9.646", "--json");
        JsonNode root = JsonMapper.builder().build().readTree(console.out());
        assertEquals(365, root.get("ageDays").asInt());
        assertEquals(0, result(root, "weight-for-age").get("z").asDouble(), 1e-9);
        assertEquals(50, result(root, "weight-for-age").get("percentile").asDouble(), 1e-9);
    }

    @Test
    void outsideTheWhoRangeIsAResultNotAnError() {
        CliTestConsole console = run(0, "growth", "--sex", "F", "--age-days", "1827", "--weight-kg", "18", "--json");
        JsonNode weight = result(JsonMapper.builder().build().readTree(console.out()), "weight-for-age");
        assertTrue(weight.get("outsideRange").asBoolean());
        assertTrue(weight.get("message").asString().contains("outside the WHO range"));
        assertFalse(weight.has("z"));
    }

    @Test
    void theHumanTableShowsZAndPercentilePerIndicator() {
        CliTestConsole console = run(0, "growth", "--sex", "M", "--age-days", "365", "--weight-kg", "9.646",
                "--length-cm", "44");
        String out = console.out();
        assertTrue(out.startsWith("Boy, 365 days. WHO Child Growth Standards"), out);
        assertTrue(out.matches("(?s).*weight-for-age\\s+9\\.65 kg\\s+0\\.00\\s+50\\.0\\R.*"), out);
        assertTrue(out.contains("weight-for-length            not scored: 44.0 cm is outside the WHO weight-for-length range"),
                out);
        assertEquals("", console.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--sex X --age-days 10 --weight-kg 3                          | unknown --sex 'X'",
        "--age-days 10 --weight-kg 3                                  | --sex is required",
        "--sex F --weight-kg 3                                        | give the age",
        "--sex F --age-days 10 --birth 2024-01-01 --date 2024-01-11 --weight-kg 3 | not both",
        "--sex F --birth 2024-01-01 --weight-kg 3                     | --birth and --date go together",
        "--sex F --birth 2024-01-10 --date 2024-01-01 --weight-kg 3   | is before --birth",
        "--sex F --age-days -1 --weight-kg 3                          | --age-days must be 0 or more",
        "--sex F --age-days 10 --weight-kg -1                         | --weight-kg must be a positive number",
        "--sex F --age-days 10 --weight-kg 0                          | --weight-kg must be a positive number",
        "--sex F --age-days 10 --head-cm -3                           | --head-cm must be a positive number",
        "--sex F --age-days 10 --length-cm 50 --height-cm 50          | either --length-cm (lying) or --height-cm",
        "--sex F --age-days 10                                        | at least one measurement",
        "--sex F --age-days ten --weight-kg 3                         | Invalid value for option '--age-days'",
        "--sex F --birth 2024-02-30 --date 2024-03-01 --weight-kg 3   | Invalid value for option '--birth'",
    })
    void invalidInputIsAUsageError(String arguments, String message) {
        List<String> args = new ArrayList<>(List.of("growth"));
        args.addAll(List.of(arguments.trim().split("\\s+")));
        CliTestConsole console = run(2, args.toArray(String[]::new));
        assertTrue(console.err().contains(message), console.err());
        assertEquals("", console.out());
    }

    @Test
    void rootHelpListsTheGrowthCommand() {
        assertTrue(run(0, "--help").out().contains("growth"));
    }
}
