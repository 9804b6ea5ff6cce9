package nestling.growth;

/** The outcome for one indicator: a z-score, or the reason the WHO standards do not cover it. */
public sealed interface IndicatorResult {

    Indicator indicator();

    /** The table that applies (for weight-for-length/height it depends on age). */
    WhoTable table();

    /**
     * A z-score and its percentile (0–100). {@code value} is what met the table: the length after
     * the 0.7 cm adjustment, the BMI computed from it.
     */
    record Scored(Indicator indicator, WhoTable table, double value, double z, double percentile)
            implements IndicatorResult {
    }

    /** Outside the WHO range (age over 5 years, or a length/height beyond the table). */
    record OutsideRange(Indicator indicator, WhoTable table, String reason) implements IndicatorResult {
    }
}
