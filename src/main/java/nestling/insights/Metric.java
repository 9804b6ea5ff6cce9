package nestling.insights;

/**
 * The daily figures that are averaged and compared between periods. Durations are in minutes so
 * that an average reads directly ("642 min of sleep a day").
 */
public enum Metric {
    FEEDS("feeds"),
    BOTTLE_ML("bottleMl"),
    BREAST_LEFT_MINUTES("breastLeftMinutes"),
    BREAST_RIGHT_MINUTES("breastRightMinutes"),
    SLEEP_MINUTES("sleepMinutes"),
    NIGHT_SLEEP_MINUTES("nightSleepMinutes"),
    NAP_MINUTES("napMinutes"),
    LONGEST_SLEEP_MINUTES("longestSleepMinutes"),
    WET_DIAPERS("wetDiapers"),
    DIRTY_DIAPERS("dirtyDiapers"),
    TUMMY_TIME_MINUTES("tummyTimeMinutes");

    private final String id;

    Metric(String id) {
        this.id = id;
    }

    /** The name in JSON output. */
    public String id() {
        return id;
    }
}
