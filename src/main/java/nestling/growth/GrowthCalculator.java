package nestling.growth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Scores measurements against the WHO standards: one {@link IndicatorResult} for every indicator
 * the given measurements allow (weight alone gives weight-for-age; weight and length add
 * weight-for-length/height and BMI-for-age).
 */
public final class GrowthCalculator {
    /** The last day the WHO tables cover: 5 years. */
    public static final int LAST_DAY = 1826;

    private final WhoStandards standards;

    public GrowthCalculator(WhoStandards standards) {
        this.standards = Objects.requireNonNull(standards, "standards");
    }

    public List<IndicatorResult> assess(Measurements measured) {
        List<IndicatorResult> results = new ArrayList<>();
        int age = measured.ageDays();
        Optional<Double> lengthCm = measured.length()
                .map(length -> LengthRule.adjustedCm(age, length.cm(), length.position()));
        measured.weightKg().ifPresent(kg ->
                results.add(forAge(Indicator.WEIGHT_FOR_AGE, WhoTable.WEIGHT_FOR_AGE, measured, kg)));
        lengthCm.ifPresent(cm ->
                results.add(forAge(Indicator.LENGTH_HEIGHT_FOR_AGE, WhoTable.LENGTH_HEIGHT_FOR_AGE, measured, cm)));
        measured.headCm().ifPresent(cm ->
                results.add(forAge(Indicator.HEAD_CIRCUMFERENCE_FOR_AGE, WhoTable.HEAD_CIRCUMFERENCE_FOR_AGE, measured, cm)));
        if (measured.weightKg().isPresent() && lengthCm.isPresent()) {
            double kg = measured.weightKg().getAsDouble();
            double metres = lengthCm.get() / 100;
            results.add(forLength(measured, kg, lengthCm.get()));
            results.add(forAge(Indicator.BMI_FOR_AGE, WhoTable.BMI_FOR_AGE, measured, kg / (metres * metres)));
        }
        return List.copyOf(results);
    }

    private IndicatorResult forAge(Indicator indicator, WhoTable table, Measurements measured, double value) {
        int age = measured.ageDays();
        Optional<Lms> lms = standards.table(table).at(measured.sex(), age);
        if (lms.isEmpty()) {
            return outsideAge(indicator, table, age);
        }
        return scored(indicator, table, lms.get(), value);
    }

    // Under 2 years weight is read against length, from 2 years against height: the table follows
    // the age, and the (already adjusted) length must lie within that table's range.
    private IndicatorResult forLength(Measurements measured, double kg, double cm) {
        Indicator indicator = Indicator.WEIGHT_FOR_LENGTH_HEIGHT;
        int age = measured.ageDays();
        WhoTable table = LengthRule.expectedPosition(age) == Position.RECUMBENT
                ? WhoTable.WEIGHT_FOR_LENGTH : WhoTable.WEIGHT_FOR_HEIGHT;
        if (age < 0 || age > LAST_DAY) {
            return outsideAge(indicator, table, age);
        }
        LmsTable lmsTable = standards.table(table);
        Optional<Lms> lms = lmsTable.atLength(measured.sex(), cm);
        if (lms.isEmpty()) {
            return new IndicatorResult.OutsideRange(indicator, table, String.format(Locale.ROOT,
                    "%.1f cm is outside the WHO %s range (%.0f–%.0f cm)", cm, table.label(),
                    lmsTable.firstAxisValue(measured.sex()), lmsTable.lastAxisValue(measured.sex())));
        }
        return scored(indicator, table, lms.get(), kg);
    }

    private static IndicatorResult outsideAge(Indicator indicator, WhoTable table, int age) {
        return new IndicatorResult.OutsideRange(indicator, table, age < 0
                ? "age " + age + " days is before the WHO range, which starts at day 0 (term)"
                : "age " + age + " days is outside the WHO range (0–" + LAST_DAY + " days, 5 years)");
    }

    private static IndicatorResult scored(Indicator indicator, WhoTable table, Lms lms, double value) {
        double z = indicator.zScore(lms, value);
        return new IndicatorResult.Scored(indicator, table, value, z, 100 * StandardNormal.cdf(z));
    }
}
