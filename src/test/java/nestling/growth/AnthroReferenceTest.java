package nestling.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import nestling.domain.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expected z-scores (to two decimals, as anthro rounds them) from the WHO's own R package,
 * WorldHealthOrganization/anthro. Only the numbers are taken; the cases are rerun through
 * {@link GrowthCalculator}.
 */
class AnthroReferenceTest {
    private static final GrowthCalculator CALCULATOR = new GrowthCalculator(WhoStandards.load());

    private static double z(List<IndicatorResult> results, Indicator indicator) {
        return results.stream()
                .filter(r -> r.indicator() == indicator)
                .map(r -> ((IndicatorResult.Scored) r).z())
                .findFirst().orElseThrow();
    }

    private static double roundedTwo(double z) {
        return Math.round(z * 100) / 100.0;
    }

    private static List<IndicatorResult> assess(Sex sex, int days, Double kg, Double cm, Position position) {
        return CALCULATOR.assess(new Measurements(sex, days,
                kg == null ? OptionalDouble.empty() : OptionalDouble.of(kg),
                cm == null ? Optional.empty() : Optional.of(new LengthMeasurement(cm, position)),
                OptionalDouble.empty()));
    }

    // tests/testthat/test-zscore-weight-for-age.R: anthro_zscore_weight_for_age(17, 1522, …, 2) is 0.24.
    @Test
    void weightForAgeOfAGirlAt1522Days() {
        assertEquals(0.24, roundedTwo(z(assess(Sex.FEMALE, 1522, 17.0, null, null), Indicator.WEIGHT_FOR_AGE)));
    }

    /*
     * Length/height-for-age, with the 0.7 cm rule:
     * - tests/testthat/test-zscore-length-for-age.R: boy, 44 days, 50 cm: ((50/56.4833)^1 − 1)/(0.03492·1).
     * - tests/testthat/test-zscores.R, "length for age uses adjusted lenhei": boy, 987 days, 72.86 cm
     *   lying (so 72.16 cm height): −6.09.
     * - test-zscores.R, "height measurements are used for age 24 months": girl, 24 months (day 731
     *   after anthro rounds 730.5 up), 77.5 cm: −2.55.
     * - test-zscores.R, "young children with measured standing will be adjusted": boy, 9 months (day
     *   274), 60 cm standing counts as 60.7 cm length: −5.02; at 8 months (day 244) anthro keeps
     *   60.0 cm: −4.81, the same as a lying 60 cm.
     */
    @ParameterizedTest
    @CsvSource({
        "MALE,    44, 50.0,  RECUMBENT, -3.29",
        "MALE,   987, 72.86, RECUMBENT, -6.09",
        "FEMALE, 731, 77.5,  STANDING,  -2.55",
        "MALE,   274, 60.0,  STANDING,  -5.02",
        "MALE,   244, 60.0,  RECUMBENT, -4.81",
    })
    void lengthHeightForAge(Sex sex, int days, double cm, Position position, double expected) {
        assertEquals(expected, roundedTwo(z(assess(sex, days, null, cm, position), Indicator.LENGTH_HEIGHT_FOR_AGE)));
    }

    // README.md of WorldHealthOrganization/anthro, the anthro_zscores() example (no measure given,
    // so all over 730 days count as standing height): zlen, zwei, zwfl, zbmi.
    @ParameterizedTest
    @CsvSource({
        "MALE,   1001, 18, 120,  7.31,  2.20, -2.39, -3.01",
        "FEMALE, 1000, 15,  80, -3.50,  0.95,  4.13,  4.66",
        "MALE,   1010, 10, 100,  1.62, -2.76, -5.19, -5.61",
        "MALE,   1000, 15, 100,  1.70,  0.69, -0.29, -0.58",
    })
    void theAnthroReadmeExample(Sex sex, int days, double kg, double cm,
            double zlen, double zwei, double zwfl, double zbmi) {
        List<IndicatorResult> results = assess(sex, days, kg, cm, Position.STANDING);
        assertEquals(zlen, roundedTwo(z(results, Indicator.LENGTH_HEIGHT_FOR_AGE)));
        assertEquals(zwei, roundedTwo(z(results, Indicator.WEIGHT_FOR_AGE)));
        assertEquals(zwfl, roundedTwo(z(results, Indicator.WEIGHT_FOR_LENGTH_HEIGHT)));
        assertEquals(zbmi, roundedTwo(z(results, Indicator.BMI_FOR_AGE)));
    }
}
