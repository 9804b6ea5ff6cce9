package nestling.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StandardNormalTest {

    // Reference values of Φ to 16 digits (computed with 30-digit arithmetic, mpmath ncdf).
    @ParameterizedTest
    @CsvSource({
        "1.881, 0.97001404057873011",
        "-1.036, 0.15010107125827745",
        "1.036, 0.84989892874172255",
        "0, 0.5",
        "-1, 0.15865525393145705",
        "-2, 0.022750131948179207",
        "-2.5, 0.0062096653257761352",
        "-3, 0.0013498980316300945",
        "-5, 2.8665157187919391e-7",
        "-8, 6.2209605742717841e-16",
        "0.3, 0.61791142218895264",
        "4, 0.99996832875816688",
    })
    void matchesReferenceValuesToTwelveDigits(double z, double expected) {
        assertEquals(expected, StandardNormal.cdf(z), Math.abs(expected) * 1e-12);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 1.2, 2.4999999, 2.5, 2.5000001, 3.7, 6})
    void isSymmetricAcrossTheSeriesAndTailBoundary(double z) {
        assertEquals(1.0, StandardNormal.cdf(z) + StandardNormal.cdf(-z), 1e-15);
    }
}
