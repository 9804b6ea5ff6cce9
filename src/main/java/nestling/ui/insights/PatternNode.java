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

    static Pane draw(List<DayPattern> days, Locale locale, java.util.function.BiFunction<DayPattern, DayPattern.Block, String> hover) {
        double row = Math.max(3, Math.min(28, MAX_HEIGHT / Math.max(1, days.size())));
        double height = 8 + row * days.size() + 26;
        Pane pane = new Pane();
        pane.getStyleClass().add("plot");
        pane.setMinSize(WIDTH, height);
        pane.setPrefSize(WIDTH, height);
        pane.setMaxSize(WIDTH, height);
        double perMinute = (WIDTH - LEFT - RIGHT) / 1500.0;
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
                double x = LEFT + block.startMinute() * perMinute;
                double w = Math.max(2, (block.endMinute() - block.startMinute()) * perMinute);
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
