package nestling.ui.growth;

import java.util.List;
import java.util.Map;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.text.Text;
import javafx.util.Duration;
import nestling.growth.Centile;
import nestling.growth.CentileCurves;
import nestling.growth.WhoTable;
import nestling.insights.GrowthChart;
import nestling.ui.chart.Plot;

/**
 * Draws one {@link GrowthChart}: the P3–P97 band shaded (P15–P85 darker), the centile lines with
 * their names, and the baby's measurements joined, each point with a tooltip (value, age, z,
 * percentile) and the same text for screen readers.
 */
final class GrowthChartNode {
    static final double WIDTH = 620;
    static final double HEIGHT = 340;

    private GrowthChartNode() {
    }

    static Pane draw(GrowthChart chart, GrowthText text) {
        Map<Centile, List<CentileCurves.Point>> curves = chart.curves();
        double yMin = Double.MAX_VALUE;
        double yMax = -Double.MAX_VALUE;
        for (CentileCurves.Point p : curves.getOrDefault(Centile.P3, List.of())) {
            yMin = Math.min(yMin, p.value());
        }
        for (CentileCurves.Point p : curves.getOrDefault(Centile.P97, List.of())) {
            yMax = Math.max(yMax, p.value());
        }
        for (GrowthChart.Mark mark : chart.marks()) {
            yMin = Math.min(yMin, mark.value());
            yMax = Math.max(yMax, mark.value());
        }
        double step = Plot.step(yMax - yMin, 6);
        yMin = Math.floor(yMin / step) * step;
        yMax = Math.ceil(yMax / step) * step;
        Plot plot = new Plot(WIDTH, HEIGHT, chart.xFrom(), chart.xTo(), yMin, yMax);
        for (double y = yMin; y <= yMax + step / 2; y += step) {
            plot.yTick(y, String.format("%s", trim(y)) + (y == yMin ? " " + chart.table().unit() : ""));
        }
        xTicks(plot, chart, text);
        Pane pane = plot.pane();
        pane.getChildren().add(band(plot, curves.get(Centile.P3), curves.get(Centile.P97), "band-outer"));
        pane.getChildren().add(band(plot, curves.get(Centile.P15), curves.get(Centile.P85), "band-inner"));
        for (Centile centile : Centile.values()) {
            List<CentileCurves.Point> curve = curves.get(centile);
            if (curve == null || curve.isEmpty()) {
                continue;
            }
            Polyline line = new Polyline();
            for (CentileCurves.Point p : curve) {
                line.getPoints().addAll(plot.x(p.x()), plot.y(p.value()));
            }
            line.getStyleClass().add(centile == Centile.P50 ? "centile-median" : "centile-line");
            Text label = new Text(centile.name());
            label.getStyleClass().add("centile-label");
            label.setX(plot.x(curve.getLast().x()) - 26);
            label.setY(plot.y(curve.getLast().value()) - 3);
            pane.getChildren().addAll(line, label);
        }
        plot.axes();
        Polyline joined = new Polyline();
        joined.getStyleClass().add("growth-line");
        pane.getChildren().add(joined);
        int index = 0;
        for (GrowthChart.Mark mark : chart.marks()) {
            double x = plot.x(mark.x());
            double y = plot.y(mark.value());
            joined.getPoints().addAll(x, y);
            Circle point = new Circle(x, y, 6);
            point.getStyleClass().add("growth-point");
            point.setId("growth-point-" + index++);
            String tip = text.mark(chart, mark);
            Tooltip tooltip = new Tooltip(tip);
            tooltip.setShowDelay(Duration.millis(150));
            Tooltip.install(point, tooltip);
            point.setUserData(tooltip);
            point.setAccessibleText(tip);
            point.setFocusTraversable(true);
            pane.getChildren().add(point);
        }
        return pane;
    }

    private static void xTicks(Plot plot, GrowthChart chart, GrowthText text) {
        plot.xCaption(text.text(chart.table().axis() == WhoTable.Axis.AGE_DAYS ? "growth.axis.months" : "growth.axis.cm"));
        if (chart.table().axis() == WhoTable.Axis.AGE_DAYS) {
            double months = (chart.xTo() - chart.xFrom()) / 30.4375;
            int every = months <= 12 ? 1 : months <= 24 ? 2 : months <= 36 ? 3 : 6;
            for (int m = 0; m * 30.4375 <= chart.xTo() + 1; m += every) {
                if (m * 30.4375 >= chart.xFrom()) {
                    plot.xTick(m * 30.4375, m == 0 ? text.text("growth.axis.birth") : String.valueOf(m));
                }
            }
        } else {
            double step = Plot.step(chart.xTo() - chart.xFrom(), 8);
            for (double x = Math.ceil(chart.xFrom() / step) * step; x <= chart.xTo(); x += step) {
                plot.xTick(x, trim(x));
            }
        }
    }

    private static Polygon band(Plot plot, List<CentileCurves.Point> lower, List<CentileCurves.Point> upper, String style) {
        Polygon band = new Polygon();
        if (lower != null && upper != null) {
            for (CentileCurves.Point p : lower) {
                band.getPoints().addAll(plot.x(p.x()), plot.y(p.value()));
            }
            for (int i = upper.size() - 1; i >= 0; i--) {
                band.getPoints().addAll(plot.x(upper.get(i).x()), plot.y(upper.get(i).value()));
            }
        }
        band.getStyleClass().add(style);
        return band;
    }

    private static String trim(double value) {
        return Math.abs(value - Math.rint(value)) < 1e-9 ? String.valueOf((long) Math.rint(value))
                : String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
