package nestling.ui.insights;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import nestling.domain.FamilyDays;
import nestling.insights.DayPattern;

/**
 * Days × 24 h: one row per day (oldest on top), from the family's day-start hour on the wall clock
 * to the same hour next day; the series count minutes elapsed since the day's start, and blocks are
 * placed by the wall clock so a sleep at 20:00 sits at 20:00 on a DST day too; instants (a bottle)
 * are thin ticks.
 */
final class PatternNode {
    static final double WIDTH = 640;
    static final double LEFT = 64;
    static final double RIGHT = 12;
    private static final double MAX_HEIGHT = 300;

    private PatternNode() {
    }

    /** Wall-clock minutes after the day-start hour (0–1440) at {@code elapsed} minutes after the day's start. */
    static double wall(DayPattern day, int elapsed, FamilyDays familyDays) {
        if (elapsed >= day.dayMinutes()) {
            return 1440;
        }
        return familyDays.clockMinute(familyDays.start(day.date()).plusSeconds(elapsed * 60L));
    }

    /** @param familyDays the days the series were counted in: where rows start, and the hours under them */
    static Pane draw(List<DayPattern> days, FamilyDays familyDays, Locale locale,
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
            Text label = new Text(String.format(Locale.ROOT, "%02d", (hour + familyDays.dayStart().hour()) % 24));
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
                double start = wall(day, block.startMinute(), familyDays);
                double end = wall(day, block.endMinute(), familyDays);
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
