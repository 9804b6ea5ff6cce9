package nestling.growth;

/**
 * The five indicators Nestling reports. The weight-based ones use the WHO's restricted z beyond
 * ±3 SD; length/height and head circumference use the plain LMS formula throughout.
 */
public enum Indicator {
    WEIGHT_FOR_AGE("weight-for-age", true),
    LENGTH_HEIGHT_FOR_AGE("length-height-for-age", false),
    HEAD_CIRCUMFERENCE_FOR_AGE("head-circumference-for-age", false),
    WEIGHT_FOR_LENGTH_HEIGHT("weight-for-length-height", true),
    BMI_FOR_AGE("bmi-for-age", true);

    private final String id;
    private final boolean restrictedBeyondThreeSd;

    Indicator(String id, boolean restrictedBeyondThreeSd) {
        this.id = id;
        this.restrictedBeyondThreeSd = restrictedBeyondThreeSd;
    }

    /** A stable name for files and scripts, e.g. "weight-for-age". */
    public String id() {
        return id;
    }

    /** The z for a measurement, in the form the WHO prescribes for this indicator. */
    public double zScore(Lms lms, double value) {
        return restrictedBeyondThreeSd ? lms.restrictedZScore(value) : lms.zScore(value);
    }
}
