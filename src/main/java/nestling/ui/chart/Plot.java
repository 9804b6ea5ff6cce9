package nestling.ui.chart;

import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;

/**
 * A fixed-size plot area: maps data coordinates to pixels inside margins, and draws axis ticks and
 * grid lines as nodes (so the theme's colours apply and snapshots export them). Y grows upward.
 */
public final class Plot {
    public static final double LEFT = 56;
    public static final double RIGHT = 16;
    public static final double TOP = 12;
    public static final double BOTTOM = 42;

    private final Pane pane = new Pane();
    private final double width;
    private final double height;
    private double xMin;
    private double xMax;
    private double yMin;
    private double yMax;

    public Plot(double width, double height, double xMin, double xMax, double yMin, double yMax) {
        this.width = width;
        this.height = height;
        this.xMin = xMin;
        this.xMax = xMax == xMin ? xMin + 1 : xMax;
        this.yMin = yMin;
        this.yMax = yMax == yMin ? yMin + 1 : yMax;
        pane.setMinSize(width, height);
        pane.setPrefSize(width, height);
        pane.setMaxSize(width, height);
        pane.getStyleClass().add("plot");
    }

    public Pane pane() {
        return pane;
    }

    public double x(double value) {
        return LEFT + (value - xMin) / (xMax - xMin) * (width - LEFT - RIGHT);
    }

    public double y(double value) {
        return height - BOTTOM - (value - yMin) / (yMax - yMin) * (height - TOP - BOTTOM);
    }

    public double plotWidth() {
        return width - LEFT - RIGHT;
    }

    public double bottom() {
        return height - BOTTOM;
    }

    /** A horizontal grid line with its value on the left. */
    public void yTick(double value, String label) {
        Line line = new Line(LEFT, y(value), width - RIGHT, y(value));
        line.getStyleClass().add("plot-grid");
        Text text = new Text(label);
        text.getStyleClass().add("plot-tick");
        text.setX(LEFT - 6 - text.getLayoutBounds().getWidth());
        text.setY(y(value) + 4);
        pane.getChildren().addAll(line, text);
    }

    /** A tick below the x axis with its label centred under it. */
    public void xTick(double value, String label) {
        Line line = new Line(x(value), TOP, x(value), bottom());
        line.getStyleClass().add("plot-grid");
        Text text = new Text(label);
        text.getStyleClass().add("plot-tick");
        text.setX(x(value) - text.getLayoutBounds().getWidth() / 2);
        text.setY(bottom() + 18);
        pane.getChildren().addAll(line, text);
    }

    /** What the x axis measures, right-aligned under its tick labels. */
    public void xCaption(String caption) {
        Text text = new Text(caption);
        text.getStyleClass().add("plot-tick");
        text.setX(width - RIGHT - text.getLayoutBounds().getWidth());
        text.setY(bottom() + 36);
        pane.getChildren().add(text);
    }

    /** The axis lines, drawn last so they sit over bands. */
    public void axes() {
        Line xAxis = new Line(LEFT, bottom(), width - RIGHT, bottom());
        Line yAxis = new Line(LEFT, TOP, LEFT, bottom());
        xAxis.getStyleClass().add("plot-axis");
        yAxis.getStyleClass().add("plot-axis");
        pane.getChildren().addAll(xAxis, yAxis);
    }

    /** "Nice" tick step for a range: 1, 2 or 5 times a power of ten, giving about {@code count} ticks. */
    public static double step(double range, int count) {
        double raw = range / Math.max(1, count);
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }
}
