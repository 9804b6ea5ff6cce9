package nestling.growth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nestling.domain.Sex;

/**
 * The centile lines of one WHO table for one sex, one point per table row (every day, or every
 * 0.1 cm): X = M·(1 + L·S·z)^(1/L). A chart thins them as it needs.
 */
public final class CentileCurves {
    /** One point of a curve: {@code x} in days or cm (see {@link WhoTable#axis()}), {@code value} in the table's unit. */
    public record Point(double x, double value) {
    }

    private CentileCurves() {
    }

    public static Map<Centile, List<Point>> of(LmsTable table, Sex sex) {
        LmsTable.Rows rows = table.rows(sex);
        Map<Centile, List<Point>> curves = new EnumMap<>(Centile.class);
        for (Centile centile : Centile.values()) {
            List<Point> points = new ArrayList<>(rows.lms().length);
            for (int i = 0; i < rows.lms().length; i++) {
                double x = table.table().keyToAxisValue(rows.firstKey() + i);
                points.add(new Point(x, rows.lms()[i].valueAt(centile.z())));
            }
            curves.put(centile, List.copyOf(points));
        }
        return Collections.unmodifiableMap(curves);
    }
}
