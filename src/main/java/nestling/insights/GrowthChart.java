package nestling.insights;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nestling.growth.Centile;
import nestling.growth.CentileCurves;
import nestling.growth.Indicator;
import nestling.growth.IndicatorResult;
import nestling.domain.Sex;
import nestling.growth.WhoStandards;
import nestling.growth.WhoTable;

/**
 * One growth chart: the WHO P3–P97 curves over the shown x range (days of age, or cm for
 * weight-for-length) and the baby's measurements on it, each with its z and percentile for hover
 * text. Curves are thinned to at most {@link #MAX_CURVE_POINTS} points: a chart needs no more.
 * {@code beforeTerm} are the measurements of this indicator a preterm baby had before the due date
 * on corrected age: the WHO standards start at term (Fenton-type preterm charts would cover them,
 * the WHO's do not), so they have no place on the chart and are named instead of lost.
 */
public record GrowthChart(WhoTable table, Sex sex, double xFrom, double xTo, Map<Centile, List<CentileCurves.Point>> curves,
        List<Mark> marks, List<GrowthPoint> beforeTerm) {
    static final int MAX_CURVE_POINTS = 200;

    public GrowthChart {
        curves = Map.copyOf(curves);
        marks = List.copyOf(marks);
        beforeTerm = List.copyOf(beforeTerm);
    }

    /** A measurement on the chart: where it sits, and its scores. */
    public record Mark(GrowthPoint point, double x, double value, double z, double percentile) {
    }

    /**
     * The chart of an age-based indicator ({@code WEIGHT_FOR_AGE}, {@code LENGTH_HEIGHT_FOR_AGE},
     * {@code HEAD_CIRCUMFERENCE_FOR_AGE}, {@code BMI_FOR_AGE}) or of weight-for-length/height, over
     * the range the points need (at least the first year, as parents are used to).
     */
    public static GrowthChart of(WhoStandards standards, Sex sex, Indicator indicator, List<GrowthPoint> points) {
        List<Mark> marks = new ArrayList<>();
        List<GrowthPoint> beforeTerm = new ArrayList<>();
        WhoTable table = null;
        for (GrowthPoint point : points) {
            for (IndicatorResult result : point.results()) {
                if (result.indicator() == indicator && result instanceof IndicatorResult.OutsideRange
                        && point.scoredAgeDays() < 0) {
                    beforeTerm.add(point);
                }
                if (result.indicator() == indicator && result instanceof IndicatorResult.Scored scored) {
                    table = table == null ? scored.table() : table;
                    if (scored.table() != table) {
                        continue; // weight-for-length and -for-height differ in axis; one chart shows one table
                    }
                    double x = table.axis() == WhoTable.Axis.AGE_DAYS ? point.scoredAgeDays()
                            : point.lengthCm().orElse(Double.NaN);
                    marks.add(new Mark(point, x, scored.value(), scored.z(), scored.percentile()));
                }
            }
        }
        if (table == null) {
            table = defaultTable(indicator);
        }
        double[] range = range(standards, table, sex, marks);
        return new GrowthChart(table, sex, range[0], range[1], curves(standards, table, sex, range), marks, beforeTerm);
    }

    private static WhoTable defaultTable(Indicator indicator) {
        return switch (indicator) {
            case WEIGHT_FOR_AGE -> WhoTable.WEIGHT_FOR_AGE;
            case LENGTH_HEIGHT_FOR_AGE -> WhoTable.LENGTH_HEIGHT_FOR_AGE;
            case HEAD_CIRCUMFERENCE_FOR_AGE -> WhoTable.HEAD_CIRCUMFERENCE_FOR_AGE;
            case BMI_FOR_AGE -> WhoTable.BMI_FOR_AGE;
            case WEIGHT_FOR_LENGTH_HEIGHT -> WhoTable.WEIGHT_FOR_LENGTH;
        };
    }

    private static double[] range(WhoStandards standards, WhoTable table, Sex sex, List<Mark> marks) {
        double first = standards.table(table).firstAxisValue(sex);
        double last = standards.table(table).lastAxisValue(sex);
        if (table.axis() == WhoTable.Axis.AGE_DAYS) {
            double maxX = marks.stream().mapToDouble(Mark::x).max().orElse(0);
            // a month beyond the last point, in whole quarters of a year, at least one year
            double to = Math.max(365, Math.ceil((maxX + 30) / 91.3) * 91.3);
            return new double[] {first, Math.min(last, to)};
        }
        double minX = marks.stream().mapToDouble(Mark::x).min().orElse(first);
        double maxX = marks.stream().mapToDouble(Mark::x).max().orElse(first + 30);
        return new double[] {Math.max(first, Math.floor(minX / 5) * 5 - 5), Math.min(last, Math.ceil(maxX / 5) * 5 + 5)};
    }

    private static Map<Centile, List<CentileCurves.Point>> curves(WhoStandards standards, WhoTable table, Sex sex,
            double[] range) {
        Map<Centile, List<CentileCurves.Point>> thinned = new EnumMap<>(Centile.class);
        CentileCurves.of(standards.table(table), sex).forEach((centile, all) -> {
            List<CentileCurves.Point> inside = all.stream()
                    .filter(p -> p.x() >= range[0] && p.x() <= range[1]).toList();
            int step = Math.max(1, (int) Math.ceil(inside.size() / (double) MAX_CURVE_POINTS));
            List<CentileCurves.Point> kept = new ArrayList<>();
            for (int i = 0; i < inside.size(); i += step) {
                kept.add(inside.get(i));
            }
            if (!inside.isEmpty() && kept.getLast() != inside.getLast()) {
                kept.add(inside.getLast());
            }
            thinned.put(centile, kept);
        });
        return thinned;
    }
}
