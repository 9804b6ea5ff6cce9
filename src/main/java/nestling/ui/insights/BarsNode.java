package nestling.ui.insights;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import nestling.ui.chart.Plot;

/** Daily bars, optionally stacked from several series (wet under dirty), one bar per day. */
final class BarsNode {
    static final double WIDTH = 640;
    static final double HEIGHT = 240;

    /** One stacked part: its values per day and its style class. */
    record Series(double[] values, String styleClass) {
    }

    private BarsNode() {
    }

    static Pane draw(List<LocalDate> days, List<Series> series, String unit, Locale locale) {
        double max = 0;
        for (int i = 0; i < days.size(); i++) {
            double sum = 0;
            for (Series s : series) {
                sum += s.values()[i];
            }
            max = Math.max(max, sum);
        }
        double step = Plot.step(max <= 0 ? 1 : max, 4);
        double top = Math.max(step, Math.ceil(max / step) * step);
        Plot plot = new Plot(WIDTH, HEIGHT, -0.5, days.size() - 0.5, 0, top);
        for (double y = 0; y <= top + step / 2; y += step) {
            plot.yTick(y, format(y) + (y == 0 ? " " + unit : ""));
        }
        DateTimeFormatter dayFormat = DateTimeFormatter.ofPattern("d MMM", locale);
        int every = days.size() <= 10 ? 1 : days.size() <= 31 ? 7 : 14;
        for (int i = 0; i < days.size(); i += every) {
            plot.xTick(i, dayFormat.format(days.get(i)));
        }
        double slot = plot.plotWidth() / Math.max(1, days.size());
        double barWidth = Math.max(1.5, slot * 0.7);
        for (int i = 0; i < days.size(); i++) {
            double base = 0;
            for (Series s : series) {
                double value = s.values()[i];
                if (value > 0) {
                    double y1 = plot.y(base + value);
                    Rectangle bar = new Rectangle(plot.x(i) - barWidth / 2, y1, barWidth, plot.y(base) - y1);
                    bar.getStyleClass().add(s.styleClass());
                    plot.pane().getChildren().add(bar);
                }
                base += value;
            }
        }
        plot.axes();
        return plot.pane();
    }

    static String format(double value) {
        return Math.abs(value - Math.rint(value)) < 1e-9 ? String.valueOf((long) Math.rint(value))
                : String.format(Locale.ROOT, "%.1f", value);
    }
}
