package nestling.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;
import nestling.growth.ChildAge;
import nestling.domain.GestationalAge;
import nestling.growth.GrowthCalculator;
import nestling.growth.IndicatorResult;
import nestling.growth.LengthMeasurement;
import nestling.growth.Measurements;
import nestling.growth.Position;
import nestling.domain.Sex;
import nestling.growth.WhoStandards;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GrowthBabyCommandTest {
    @TempDir
    static Path directory;

    @BeforeAll
    static void vault() throws Exception {
        InsightsVault.create(directory);
    }

    private static JsonNode growth(String... more) {
        String[] base = {"growth", "--vault", directory.toString(), "--passphrase-stdin", "--json"};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return JsonMapper.builder().build().readTree(InsightsVault.run(0, args).out());
    }

    private static JsonNode result(JsonNode measurement, String indicator) {
        for (JsonNode node : measurement.get("results")) {
            if (node.get("indicator").asString().equals(indicator)) {
                return node;
            }
        }
        throw new AssertionError("no " + indicator);
    }

    @Test
    void everyStoredMeasurementIsScoredOnTheCorrectedAge() {
        JsonNode root = growth("--baby", "Ada");
        assertEquals("F", root.get("sex").asString());
        assertEquals("32+0", root.get("gestation").asString());
        JsonNode measurements = root.get("measurements");
        assertEquals(3, measurements.size());
        JsonNode march = measurements.get(2);
        assertEquals("2026-03-10", march.get("date").asString());
        assertEquals(68, march.get("ageDays").asInt());
        assertEquals(68 - 56, march.get("scoredAgeDays").asInt());
        GrowthCalculator calculator = new GrowthCalculator(WhoStandards.load());
        var expected = calculator.assess(new Measurements(Sex.FEMALE, 12, OptionalDouble.of(3.4),
                Optional.of(new LengthMeasurement(50.0, Position.RECUMBENT)), OptionalDouble.of(35.0)));
        assertEquals(5, expected.size());
        for (IndicatorResult result : expected) {
            IndicatorResult.Scored scored = (IndicatorResult.Scored) result;
            JsonNode node = result(march, scored.indicator().id());
            assertEquals(scored.z(), node.get("z").asDouble(), 1e-12, scored.indicator().id());
            assertEquals(scored.percentile(), node.get("percentile").asDouble(), 1e-12);
            double z = node.get("z").asDouble();
            assertTrue(Math.abs(z * 1e4 - Math.rint(z * 1e4)) > 0, "more than 4 decimals: " + z);
        }
        // the birth measurement is before the due date: outside the WHO range on the corrected age
        assertTrue(result(measurements.get(0), "weight-for-age").get("outsideRange").asBoolean());
    }

    @Test
    void chronologicalAgeOnRequest() {
        JsonNode march = growth("--baby", "Ada", "--age", "chronological").get("measurements").get(2);
        assertEquals(68, march.get("scoredAgeDays").asInt());
        ChildAge age = ChildAge.on(java.time.LocalDate.parse("2026-01-01"), java.time.LocalDate.parse("2026-03-10"),
                new GestationalAge(32, 0));
        var expected = new GrowthCalculator(WhoStandards.load()).assess(new Measurements(Sex.FEMALE,
                age.chronologicalDays(), OptionalDouble.of(3.4), Optional.empty(), OptionalDouble.empty()));
        assertEquals(((IndicatorResult.Scored) expected.getFirst()).z(),
                result(march, "weight-for-age").get("z").asDouble(), 1e-12);
    }

    @Test
    void theCommandLineFormStillNeedsNoVault() {
        CliTestConsole console = InsightsVault.run(0, "growth", "--sex", "M", "--age-days", "100", "--weight-kg", "6");
        assertTrue(console.out().contains("weight-for-age"), console.out());
        InsightsVault.run(2, "growth", "--baby", "Ada", "--sex", "F", "--vault", directory.toString(),
                "--passphrase-stdin");
    }
}
