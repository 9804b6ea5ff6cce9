package nestling.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import nestling.domain.Sex;
import org.junit.jupiter.api.Test;

/**
 * Random cases scored twice: by {@link GrowthCalculator}, and here by a plain restatement of the
 * WHO method that reads the raw table lines itself and shares no code with the production classes.
 */
class IndependentComputationTest {
    private static final Path TABLES = Path.of("src/main/resources/nestling/growth/who");
    private static final GrowthCalculator CALCULATOR = new GrowthCalculator(WhoStandards.load());

    /** "sex|index" → {l, m, s}, straight from the text. */
    private static Map<String, double[]> raw(String file) throws IOException {
        Map<String, double[]> rows = new HashMap<>();
        List<String> lines = Files.readAllLines(TABLES.resolve(file));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.trim().split("\\s+");
            String index = new BigDecimal(f[1]).setScale(1, RoundingMode.UNNECESSARY).toPlainString();
            rows.put(f[0] + "|" + index,
                    new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4])});
        }
        return rows;
    }

    private static double plainZ(double[] lms, double x) {
        double l = lms[0];
        double m = lms[1];
        double s = lms[2];
        return Math.abs(l) < 1e-12 ? Math.log(x / m) / s : (Math.exp(l * Math.log(x / m)) - 1) / (l * s);
    }

    private static double sd(double[] lms, int k) {
        return lms[1] * Math.exp(Math.log(1 + lms[0] * lms[2] * k) / lms[0]);
    }

    private static double restrictedZ(double[] lms, double x) {
        double z = plainZ(lms, x);
        if (z > 3) {
            return 3 + (x - sd(lms, 3)) / (sd(lms, 3) - sd(lms, 2));
        }
        if (z < -3) {
            return -3 + (x - sd(lms, -3)) / (sd(lms, -2) - sd(lms, -3));
        }
        return z;
    }

    /** The lower 0.1 cm row and the next, blended by how far the length lies between them. */
    private static double[] byLength(Map<String, double[]> table, int sex, double cm) {
        BigDecimal exact = new BigDecimal(cm).setScale(6, RoundingMode.HALF_EVEN);
        BigDecimal lower = exact.setScale(1, RoundingMode.FLOOR);
        double fraction = exact.subtract(lower).movePointRight(1).doubleValue();
        double[] a = table.get(sex + "|" + lower.toPlainString());
        if (a == null) {
            return null;
        }
        double[] b = table.get(sex + "|" + lower.add(new BigDecimal("0.1")).toPlainString());
        if (fraction == 0) {
            return a;
        }
        if (b == null) {
            return null;
        }
        return new double[] {a[0] + fraction * (b[0] - a[0]), a[1] + fraction * (b[1] - a[1]),
            a[2] + fraction * (b[2] - a[2])};
    }

    private static double scoredZ(List<IndicatorResult> results, Indicator indicator) {
        IndicatorResult result = results.stream().filter(r -> r.indicator() == indicator).findFirst().orElseThrow();
        assertTrue(result instanceof IndicatorResult.Scored, result::toString);
        return ((IndicatorResult.Scored) result).z();
    }

    @Test
    void twoThousandRandomChildrenScoreTheSameBothWays() throws IOException {
        Map<String, double[]> weight = raw("weianthro.txt");
        Map<String, double[]> length = raw("lenanthro.txt");
        Map<String, double[]> head = raw("hcanthro.txt");
        Map<String, double[]> bmi = raw("bmianthro.txt");
        Map<String, double[]> wfl = raw("wflanthro.txt");
        Map<String, double[]> wfh = raw("wfhanthro.txt");
        Random random = new Random(20_260_101L);
        int lengthScored = 0;
        for (int i = 0; i < 2000; i++) {
            int sex = 1 + random.nextInt(2);
            int age = random.nextInt(1827);
            String key = sex + "|" + age + ".0";
            // Values spread to about ±5 SD so that the restricted form is exercised too.
            double kg = Math.max(0.5, weight.get(key)[1] * (1 + 2 * random.nextGaussian() * weight.get(key)[2]));
            double cm = Math.round(length.get(key)[1] * (1 + 2 * random.nextGaussian() * length.get(key)[2]) * 10) / 10.0;
            double hc = Math.round(head.get(key)[1] * (1 + 2 * random.nextGaussian() * head.get(key)[2]) * 10) / 10.0;
            boolean lying = random.nextBoolean();

            List<IndicatorResult> results = CALCULATOR.assess(new Measurements(sex == 1 ? Sex.MALE : Sex.FEMALE, age,
                    OptionalDouble.of(kg),
                    Optional.of(new LengthMeasurement(cm, lying ? Position.RECUMBENT : Position.STANDING)),
                    OptionalDouble.of(hc)));

            double adjusted = age < 731 ? (lying ? cm : cm + 0.7) : (lying ? cm - 0.7 : cm);
            String why = "case " + i + ": sex " + sex + ", day " + age + ", " + kg + " kg, " + cm + " cm";
            assertEquals(restrictedZ(weight.get(key), kg), scoredZ(results, Indicator.WEIGHT_FOR_AGE), 1e-4, why);
            assertEquals(plainZ(length.get(key), adjusted), scoredZ(results, Indicator.LENGTH_HEIGHT_FOR_AGE), 1e-4, why);
            assertEquals(plainZ(head.get(key), hc), scoredZ(results, Indicator.HEAD_CIRCUMFERENCE_FOR_AGE), 1e-4, why);
            assertEquals(restrictedZ(bmi.get(key), kg / Math.pow(adjusted / 100, 2)),
                    scoredZ(results, Indicator.BMI_FOR_AGE), 1e-4, why);
            double[] forLength = byLength(age < 731 ? wfl : wfh, sex, adjusted);
            if (forLength != null) {
                lengthScored++;
                assertEquals(restrictedZ(forLength, kg), scoredZ(results, Indicator.WEIGHT_FOR_LENGTH_HEIGHT), 1e-4, why);
            }
        }
        assertTrue(lengthScored > 1000, "most cases should fall within the weight-for-length/height tables");
    }
}
