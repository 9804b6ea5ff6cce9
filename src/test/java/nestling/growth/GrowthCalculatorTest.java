package nestling.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import nestling.domain.Sex;
import org.junit.jupiter.api.Test;

class GrowthCalculatorTest {
    private static final WhoStandards WHO = WhoStandards.load();
    private static final GrowthCalculator CALCULATOR = new GrowthCalculator(WHO);

    private static IndicatorResult only(List<IndicatorResult> results, Indicator indicator) {
        return results.stream().filter(r -> r.indicator() == indicator).findFirst().orElseThrow();
    }

    private static List<IndicatorResult> weightAndLength(Sex sex, int days, double kg, double cm, Position position) {
        return CALCULATOR.assess(new Measurements(sex, days, OptionalDouble.of(kg),
                Optional.of(new LengthMeasurement(cm, position)), OptionalDouble.empty()));
    }

    @Test
    void theLengthRuleShiftsSevenMillimetresEitherWay() {
        // The cases of anthro's tests/testthat/test-zscores.R, "adds adjusted lenhei".
        assertEquals(100.7, LengthRule.adjustedCm(730, 100, Position.STANDING), 1e-12);
        assertEquals(100.0, LengthRule.adjustedCm(800, 100, Position.STANDING), 1e-12);
        assertEquals(100.0, LengthRule.adjustedCm(730, 100, Position.RECUMBENT), 1e-12);
        assertEquals(99.3, LengthRule.adjustedCm(800, 100, Position.RECUMBENT), 1e-12);
    }

    @Test
    void lengthForAgeMeetsTheTableWithTheAdjustedLength() {
        Lms day400 = WHO.table(WhoTable.LENGTH_HEIGHT_FOR_AGE).at(Sex.FEMALE, 400).orElseThrow();
        var standing = (IndicatorResult.Scored) only(weightAndLength(Sex.FEMALE, 400, 9, 75, Position.STANDING),
                Indicator.LENGTH_HEIGHT_FOR_AGE);
        assertEquals(75.7, standing.value(), 1e-12);
        assertEquals(day400.zScore(75.7), standing.z(), 1e-12);
        Lms day900 = WHO.table(WhoTable.LENGTH_HEIGHT_FOR_AGE).at(Sex.FEMALE, 900).orElseThrow();
        var lying = (IndicatorResult.Scored) only(weightAndLength(Sex.FEMALE, 900, 12, 85, Position.RECUMBENT),
                Indicator.LENGTH_HEIGHT_FOR_AGE);
        assertEquals(84.3, lying.value(), 1e-12);
        assertEquals(day900.zScore(84.3), lying.z(), 1e-12);
    }

    @Test
    void weightIsReadAgainstLengthUntilDay730AndAgainstHeightFromDay731() {
        IndicatorResult day730 = only(weightAndLength(Sex.MALE, 730, 11, 86, Position.RECUMBENT),
                Indicator.WEIGHT_FOR_LENGTH_HEIGHT);
        IndicatorResult day731 = only(weightAndLength(Sex.MALE, 731, 11, 86, Position.STANDING),
                Indicator.WEIGHT_FOR_LENGTH_HEIGHT);
        assertEquals(WhoTable.WEIGHT_FOR_LENGTH, day730.table());
        assertEquals(WhoTable.WEIGHT_FOR_HEIGHT, day731.table());
        Lms length86 = WHO.table(WhoTable.WEIGHT_FOR_LENGTH).at(Sex.MALE, 860).orElseThrow();
        Lms height86 = WHO.table(WhoTable.WEIGHT_FOR_HEIGHT).at(Sex.MALE, 860).orElseThrow();
        assertEquals(length86.restrictedZScore(11), ((IndicatorResult.Scored) day730).z(), 1e-12);
        assertEquals(height86.restrictedZScore(11), ((IndicatorResult.Scored) day731).z(), 1e-12);
    }

    @Test
    void bmiUsesTheAdjustedLength() {
        var bmi = (IndicatorResult.Scored) only(weightAndLength(Sex.FEMALE, 300, 8.5, 70, Position.STANDING),
                Indicator.BMI_FOR_AGE);
        assertEquals(8.5 / (0.707 * 0.707), bmi.value(), 1e-9);
        assertEquals(WhoTable.BMI_FOR_AGE, bmi.table());
    }

    @Test
    void percentileIsTheNormalCdfOfZ() {
        var weight = (IndicatorResult.Scored) only(weightAndLength(Sex.MALE, 365, 9.646, 75, Position.RECUMBENT),
                Indicator.WEIGHT_FOR_AGE);
        assertEquals(0, weight.z(), 1e-12);
        assertEquals(50, weight.percentile(), 1e-9);
    }

    @Test
    void after1826DaysEveryIndicatorIsOutsideTheWhoRange() {
        List<IndicatorResult> results = CALCULATOR.assess(new Measurements(Sex.FEMALE, 1827, OptionalDouble.of(18),
                Optional.of(new LengthMeasurement(110, Position.STANDING)), OptionalDouble.of(50)));
        assertEquals(5, results.size());
        for (IndicatorResult result : results) {
            var outside = assertInstanceOf(IndicatorResult.OutsideRange.class, result);
            assertTrue(outside.reason().contains("outside the WHO range"), outside.reason());
        }
        assertInstanceOf(IndicatorResult.Scored.class,
                only(weightAndLength(Sex.FEMALE, 1826, 18, 110, Position.STANDING), Indicator.WEIGHT_FOR_AGE));
    }

    @Test
    void lengthsBeyondTheWeightForLengthOrHeightTablesAreOutsideTheRange() {
        var short44 = assertInstanceOf(IndicatorResult.OutsideRange.class,
                only(weightAndLength(Sex.MALE, 10, 2.5, 44, Position.RECUMBENT), Indicator.WEIGHT_FOR_LENGTH_HEIGHT));
        assertEquals("44.0 cm is outside the WHO weight-for-length range (45–110 cm)", short44.reason());
        var tall121 = assertInstanceOf(IndicatorResult.OutsideRange.class,
                only(weightAndLength(Sex.FEMALE, 1500, 24, 121, Position.STANDING), Indicator.WEIGHT_FOR_LENGTH_HEIGHT));
        assertEquals("121.0 cm is outside the WHO weight-for-height range (65–120 cm)", tall121.reason());
        // The age-based indicators still score.
        assertInstanceOf(IndicatorResult.Scored.class,
                only(weightAndLength(Sex.MALE, 10, 2.5, 44, Position.RECUMBENT), Indicator.LENGTH_HEIGHT_FOR_AGE));
        // 64.4 cm standing at 2 years becomes 64.4 cm height: below the weight-for-height table.
        assertInstanceOf(IndicatorResult.OutsideRange.class,
                only(weightAndLength(Sex.MALE, 800, 7, 64.4, Position.STANDING), Indicator.WEIGHT_FOR_LENGTH_HEIGHT));
        // 65.6 cm lying at 2 years becomes 64.9 cm height: still below it.
        assertInstanceOf(IndicatorResult.OutsideRange.class,
                only(weightAndLength(Sex.MALE, 800, 7, 65.6, Position.RECUMBENT), Indicator.WEIGHT_FOR_LENGTH_HEIGHT));
        // 65.7 cm lying becomes 65.0 cm height: the table's first row.
        assertInstanceOf(IndicatorResult.Scored.class,
                only(weightAndLength(Sex.MALE, 800, 7, 65.7, Position.RECUMBENT), Indicator.WEIGHT_FOR_LENGTH_HEIGHT));
    }

    @Test
    void onlyTheIndicatorsTheMeasurementsAllowAreReported() {
        List<IndicatorResult> headOnly = CALCULATOR.assess(new Measurements(Sex.MALE, 100, OptionalDouble.empty(),
                Optional.empty(), OptionalDouble.of(40)));
        assertEquals(List.of(Indicator.HEAD_CIRCUMFERENCE_FOR_AGE),
                headOnly.stream().map(IndicatorResult::indicator).toList());
        List<IndicatorResult> all = weightAndLength(Sex.MALE, 100, 6, 60, Position.RECUMBENT);
        assertEquals(List.of(Indicator.WEIGHT_FOR_AGE, Indicator.LENGTH_HEIGHT_FOR_AGE,
                Indicator.WEIGHT_FOR_LENGTH_HEIGHT, Indicator.BMI_FOR_AGE),
                all.stream().map(IndicatorResult::indicator).toList());
    }

    @Test
    void aNegativeAgeIsBeforeTheWhoRange() {
        var result = assertInstanceOf(IndicatorResult.OutsideRange.class, CALCULATOR.assess(new Measurements(
                Sex.MALE, -20, OptionalDouble.of(2), Optional.empty(), OptionalDouble.empty())).getFirst());
        assertTrue(result.reason().contains("starts at day 0"), result.reason());
    }

    @Test
    void nonPositiveMeasurementsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Measurements(Sex.MALE, 10, OptionalDouble.of(-1),
                Optional.empty(), OptionalDouble.empty()));
        assertThrows(IllegalArgumentException.class, () -> new LengthMeasurement(0, Position.RECUMBENT));
        assertThrows(IllegalArgumentException.class, () -> new Measurements(Sex.MALE, 10, OptionalDouble.empty(),
                Optional.empty(), OptionalDouble.of(Double.NaN)));
    }
}
