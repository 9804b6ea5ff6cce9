package nestling.ui.insights;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import nestling.domain.SleepKind;
import nestling.insights.ProtocolDay;

/**
 * The 24-hour protocol drawn as the clinics' form: a row per day (oldest on top, filled in from the
 * top like the paper), hours 00 to 24 across, sleep as a bar in the upper band of the row, feeds,
 * diapers, doses and notes as marks in the lower band, a sleep still running up to now with an
 * arrowhead at its open end, and the legend beneath. Colours come from
 * the theme's kind colours; every mark also differs in shape, so the legend reads without colour.
 */
final class ProtocolNode {
    static final double WIDTH = 640;
    private static final double LEFT = 100;
    private static final double RIGHT = 8;
    private static final double TOP = 20;
    private static final double ROW = 30;

    private ProtocolNode() {
    }

    /**
     * @param hover the tooltip of a mark (time, what, detail)
     * @param text the UI text of a key (legend, "23 h")
     */
    static VBox draw(List<ProtocolDay> days, Locale locale, Function<ProtocolDay.Mark, String> hover,
            Function<String, String> text) {
        double height = TOP + ROW * days.size() + 2;
        Pane pane = new Pane();
        pane.setId("protocol-grid");
        pane.getStyleClass().add("plot");
        pane.setMinSize(WIDTH, height);
        pane.setPrefSize(WIDTH, height);
        pane.setMaxSize(WIDTH, height);
        double hour = (WIDTH - LEFT - RIGHT) / 24;
        double bottom = TOP + ROW * days.size();
        for (int h = 0; h <= 24; h++) {
            double x = LEFT + h * hour;
            Line grid = new Line(x, TOP, x, bottom);
            grid.getStyleClass().add(h % 6 == 0 ? "plot-axis" : "plot-grid");
            pane.getChildren().add(grid);
            if (h < 24 && h % 2 == 0) {
                Text label = new Text(x + 2, TOP - 6, String.format(Locale.ROOT, "%02d", h));
                label.getStyleClass().add("plot-tick");
                pane.getChildren().add(label);
            }
        }
        DateTimeFormatter format = DateTimeFormatter.ofPattern("EEE d MMM", locale);
        for (int i = 0; i < days.size(); i++) {
            ProtocolDay day = days.get(i);
            double y = TOP + i * ROW;
            Line rule = new Line(0, y + ROW, WIDTH - RIGHT, y + ROW);
            rule.getStyleClass().add("plot-grid");
            Text label = new Text(2, y + 13, format.format(day.date()));
            label.getStyleClass().add("pattern-row-label");
            pane.getChildren().addAll(rule, label);
            if (day.hours() != 24) {
                Text hours = new Text(2, y + 26, text.apply("insights.protocol.hours." + day.hours()));
                hours.getStyleClass().add("pattern-row-label");
                pane.getChildren().add(hours);
            }
            for (ProtocolDay.Bar bar : day.sleeps()) {
                Rectangle r = new Rectangle(LEFT + bar.fromMinute() * hour / 60, y + 3,
                        Math.max(2, (bar.toMinute() - bar.fromMinute()) * hour / 60), 11);
                r.getStyleClass().addAll("protocol-sleep", "kind-sleep", bar.kind() == SleepKind.NAP ? "protocol-nap" : "");
                pane.getChildren().add(r);
                if (bar.running()) {
                    r.getStyleClass().add("protocol-running");
                    Shape now = asleepNow(r.getX() + r.getWidth(), y + 8.5);
                    Tooltip.install(now, new Tooltip(text.apply("insights.protocol.legend.asleep")));
                    pane.getChildren().add(now);
                }
            }
            for (ProtocolDay.Mark mark : day.marks()) {
                Shape shape = mark(mark.kind(), LEFT + mark.minute() * hour / 60, y + 22);
                Tooltip.install(shape, new Tooltip(hover.apply(mark)));
                pane.getChildren().add(shape);
            }
        }
        FlowPane legend = new FlowPane(14, 4);
        legend.setId("protocol-legend");
        legend.setPrefWrapLength(WIDTH);
        legend.setMaxWidth(WIDTH);
        Rectangle night = new Rectangle(16, 9);
        night.getStyleClass().add("kind-sleep");
        Rectangle nap = new Rectangle(16, 9);
        nap.getStyleClass().addAll("kind-sleep", "protocol-nap");
        legend.getChildren().addAll(entry(night, text.apply("insights.protocol.legend.night")),
                entry(nap, text.apply("insights.protocol.legend.nap")),
                entry(asleepNow(8, 6), text.apply("insights.protocol.legend.asleep")));
        for (ProtocolDay.MarkKind kind : ProtocolDay.MarkKind.values()) {
            legend.getChildren().add(entry(mark(kind, 6, 6), text.apply("insights.protocol.legend."
                    + kind.name().toLowerCase(Locale.ROOT))));
        }
        VBox box = new VBox(8, pane, legend);
        box.setMaxWidth(WIDTH);
        return box;
    }

    private static Node entry(Shape sample, String label) {
        HBox entry = new HBox(5, new Pane(sample), new Label(label));
        entry.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return entry;
    }

    /**
     * The open end of a sleep still running: an arrowhead pointing on from its bar's end (at x),
     * centred on y, as an unfinished line is drawn on the paper form.
     */
    static Shape asleepNow(double x, double y) {
        Polygon arrow = new Polygon(x, y - 6, x + 7, y, x, y + 6);
        arrow.getStyleClass().add("protocol-asleep-now");
        return arrow;
    }

    /** The mark's shape centred on (x, y): breast ▼, bottle ▲, solids △, wet ○, dirty ●, both ◉, dose ■, note ◆. */
    static Shape mark(ProtocolDay.MarkKind kind, double x, double y) {
        Shape shape = switch (kind) {
            case BREAST -> new Polygon(x - 5, y - 4, x + 5, y - 4, x, y + 5);
            case BOTTLE, SOLIDS -> new Polygon(x - 5, y + 4, x + 5, y + 4, x, y - 5);
            case WET, DIRTY -> new Circle(x, y, 4);
            case WET_AND_DIRTY -> new Circle(x, y, 4.5);
            case MEDICINE -> new Rectangle(x - 4, y - 4, 8, 8);
            case NOTE -> new Polygon(x, y - 5, x + 5, y, x, y + 5, x - 5, y);
        };
        String kindClass = switch (kind) {
            case BREAST -> "kind-breastfeeding";
            case BOTTLE -> "kind-bottle";
            case SOLIDS -> "kind-solids";
            case WET, DIRTY, WET_AND_DIRTY -> "kind-diaper";
            case MEDICINE -> "kind-medicine";
            case NOTE -> "kind-note";
        };
        shape.getStyleClass().addAll("protocol-mark", kindClass, "protocol-" + kind.name().toLowerCase(Locale.ROOT)
                .replace('_', '-'));
        return shape;
    }
}
