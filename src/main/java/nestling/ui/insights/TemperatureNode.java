package nestling.ui.insights;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polyline;
import nestling.insights.TemperatureReading;
import nestling.ui.chart.Plot;

/** Temperatures over the range: x in days since its first day, y in °C, each reading with hover text. */
final class TemperatureNode {
    static final double WIDTH = 640;
    static final double HEIGHT = 240;

    private TemperatureNode() {
    }

    static Pane draw(LocalDate from, LocalDate to, List<TemperatureReading> readings, Locale locale,
            java.util.function.Function<TemperatureReading, String> hover) {
        double low = 36;
        double high = 38;
        for (TemperatureReading r : readings) {
            low = Math.min(low, Math.floor(r.celsius() * 2) / 2);
            high = Math.max(high, Math.ceil(r.celsius() * 2) / 2);
        }
        long days = Duration.between(from.atStartOfDay(), to.plusDays(1).atStartOfDay()).toDays();
        Plot plot = new Plot(WIDTH, HEIGHT, 0, days, low, high);
        double step = Plot.step(high - low, 4);
        for (double y = low; y <= high + 1e-9; y += step) {
            plot.yTick(y, BarsNode.format(y) + (y == low ? " \u00b0C" : ""));
        }
        DateTimeFormatter dayFormat = DateTimeFormatter.ofPattern("d MMM", locale);
        int every = days <= 10 ? 1 : days <= 31 ? 7 : 14;
        for (int i = 0; i < days; i += every) {
            plot.xTick(i + 0.5, dayFormat.format(from.plusDays(i)));
        }
        plot.axes();
        Polyline line = new Polyline();
        line.getStyleClass().add("temperature-line");
        plot.pane().getChildren().add(line);
        for (TemperatureReading r : readings) {
            double x = plot.x(Duration.between(from.atStartOfDay(), r.localTime()).toMinutes() / 1440.0);
            double y = plot.y(r.celsius());
            line.getPoints().addAll(x, y);
            Circle point = new Circle(x, y, 4);
            point.getStyleClass().addAll("kind-temperature", "temperature-point");
            Tooltip.install(point, new Tooltip(hover.apply(r)));
            plot.pane().getChildren().add(point);
        }
        return plot.pane();
    }
}
