package nestling.ui.insights;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import nestling.guidance.AgeWakeRange;
import nestling.guidance.WakeWindowDays;
import nestling.ui.chart.Plot;

/**
 * Wake windows by time of day: x is the wall clock from the family's day-start hour (24 h), y how
 * long the baby stayed awake; one dot per window of the last two weeks, the last day's dots larger
 * and outlined, and the usual range for the age as a band behind them (drawn first, so dots sit on it).
 */
final class WakeWindowNode {
    static final double WIDTH = 640;
    static final double HEIGHT = 240;

    private WakeWindowNode() {
    }

    static Pane draw(WakeWindowDays data, String hoursCaption, Function<WakeWindowDays.Window, String> hover) {
        long longest = data.windows().stream().mapToLong(w -> w.length().toMinutes()).max().orElse(0);
        longest = Math.max(longest, data.ageRange().map(r -> r.longest().toMinutes()).orElse(60L));
        int hours = (int) Math.max(1, Math.min(6, Math.ceil(longest / 60.0))); // WakeWindow keeps at most 6 h
        Plot plot = new Plot(WIDTH, HEIGHT, 0, 1440, 0, hours * 60);
        data.ageRange().ifPresent(range -> plot.pane().getChildren().add(band(plot, range)));
        for (int h = 1; h <= hours; h++) {
            plot.yTick(h * 60, h + (h == hours ? " " + hoursCaption : ""));
        }
        for (int h = 0; h <= 24; h += 3) {
            plot.xTick(h * 60, String.format(Locale.ROOT, "%02d", (h + data.days().dayStart().hour()) % 24));
        }
        plot.axes();
        for (WakeWindowDays.Window window : data.windows()) {
            boolean last = window.day().equals(data.to());
            double minutes = Math.min(hours * 60, window.length().toSeconds() / 60.0);
            Circle dot = new Circle(plot.x(window.clockMinute()), plot.y(minutes), last ? 5 : 3.5);
            dot.getStyleClass().add(last ? "wake-point-last" : "wake-point");
            Tooltip.install(dot, new Tooltip(hover.apply(window)));
            plot.pane().getChildren().add(dot);
        }
        return plot.pane();
    }

    private static Rectangle band(Plot plot, AgeWakeRange range) {
        double top = plot.y(minutes(range.longest()));
        double bottom = plot.y(minutes(range.shortest()));
        Rectangle band = new Rectangle(plot.x(0), top, plot.plotWidth(), bottom - top);
        band.getStyleClass().addAll("band-inner", "wake-band");
        return band;
    }

    private static double minutes(Duration duration) {
        return duration.toMinutes();
    }
}
