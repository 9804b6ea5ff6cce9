package nestling.insights;

import java.util.EnumMap;
import java.util.Map;

/**
 * A period's averages against the period of the same length just before it. The direction is
 * STEADY within ±5 % because day-to-day noise of a few percent says nothing to a parent.
 */
public record Trend(PeriodAverages current, PeriodAverages previous) {
    static final double STEADY_WITHIN = 0.05;

    public enum Direction {
        UP, DOWN, STEADY, NO_DATA
    }

    public double change(Metric metric) {
        return current.average(metric) - previous.average(metric);
    }

    /** The change relative to the previous period, or NaN when that had none. */
    public double relativeChange(Metric metric) {
        double before = previous.average(metric);
        return before == 0 ? Double.NaN : change(metric) / before;
    }

    public Direction direction(Metric metric) {
        if (previous.loggedDays() == 0 || current.loggedDays() == 0) {
            return Direction.NO_DATA;
        }
        double before = previous.average(metric);
        double now = current.average(metric);
        if (before == 0) {
            return now == 0 ? Direction.STEADY : Direction.UP;
        }
        double relative = (now - before) / before;
        if (Math.abs(relative) <= STEADY_WITHIN) {
            return Direction.STEADY;
        }
        return relative > 0 ? Direction.UP : Direction.DOWN;
    }

    public Map<Metric, Direction> directions() {
        Map<Metric, Direction> all = new EnumMap<>(Metric.class);
        for (Metric metric : Metric.values()) {
            all.put(metric, direction(metric));
        }
        return all;
    }
}
