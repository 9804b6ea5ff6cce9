package nestling.ui.insights;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import nestling.insights.DayPattern;

/**
 * Days × 24 h: one row per day (oldest on top), blocks placed by minutes elapsed since the day's
 * start, so a DST day's row is an hour shorter or longer; instants (a bottle) are thin ticks.
 */
final class PatternNode {
    static final double WIDTH = 640;
    static final double LEFT = 64;
    static final double RIGHT = 12;
    private static final double MAX_HEIGHT = 300;

    private PatternNode() {
    }

    /** The wall-clock minute of the day (0–1440) at {@code elapsed} minutes after the day's start. */
    static double wall(DayPattern day, int elapsed, java.time.ZoneId zone) {
        if (elapsed >= day.dayMinutes()) {
            return 1440;
        }
        java.time.LocalTime time = day.date().atStartOfDay(zone).toInstant().plusSeconds(elapsed * 60L).atZone(zone)
                .toLocalTime();
        return time.toSecondOfDay() / 60.0;
    }

    /**
     * @param zone places blocks by wall-clock time (a sleep at 20:00 sits at 20:00 on a DST day too,
     *     though the series counts elapsed minutes)
     */
    static Pane draw(List<DayPattern> days, java.time.ZoneId zone, Locale locale,
            java.util.function.BiFunction<DayPattern, DayPattern.Block, String> hover) {
        double row = Math.max(3, Math.min(28, MAX_HEIGHT / Math.max(1, days.size())));
        double height = 8 + row * days.size() + 26;
        Pane pane = new Pane();
        pane.getStyleClass().add("plot");
        pane.setMinSize(WIDTH, height);
        pane.setPrefSize(WIDTH, height);
        pane.setMaxSize(WIDTH, height);
        double perMinute = (WIDTH - LEFT - RIGHT) / 1440.0;
        for (int hour = 0; hour <= 24; hour += 3) {
            double x = LEFT + hour * 60 * perMinute;
            Line grid = new Line(x, 8, x, 8 + row * days.size());
            grid.getStyleClass().add("plot-grid");
            Text label = new Text(String.format(Locale.ROOT, "%02d", hour));
            label.getStyleClass().add("plot-tick");
            label.setX(x - 7);
            label.setY(8 + row * days.size() + 18);
            pane.getChildren().addAll(grid, label);
        }
        DateTimeFormatter dayFormat = DateTimeFormatter.ofPattern("EEE d", locale);
        int labelEvery = days.size() <= 10 ? 1 : days.size() <= 31 ? 7 : 14;
        for (int i = 0; i < days.size(); i++) {
            DayPattern day = days.get(i);
            double y = 8 + i * row;
            if (i % labelEvery == 0) {
                Text label = new Text(dayFormat.format(day.date()));
                label.getStyleClass().add("pattern-row-label");
                label.setX(4);
                label.setY(y + Math.min(row, 16) - 2);
                pane.getChildren().add(label);
            }
            for (DayPattern.Block block : day.blocks()) {
                double start = wall(day, block.startMinute(), zone);
                double end = wall(day, block.endMinute(), zone);
                if (end < start) { // the repeated hour of an autumn day: keep the elapsed length
                    end = Math.min(1440, start + block.endMinute() - block.startMinute());
                }
                double x = LEFT + start * perMinute;
                double w = Math.max(block.endMinute() == block.startMinute() ? 4 : 2, (end - start) * perMinute);
                Rectangle r = new Rectangle(x, y + 1, w, Math.max(2, row - 2));
                r.getStyleClass().addAll("pattern-block", "kind-" + block.type().wireName());
                Tooltip.install(r, new Tooltip(hover.apply(day, block)));
                pane.getChildren().add(r);
            }
        }
        Line axis = new Line(LEFT, 8 + row * days.size(), WIDTH - RIGHT, 8 + row * days.size());
        axis.getStyleClass().add("plot-axis");
        pane.getChildren().add(axis);
        return pane;
    }
}
