package nestling.ui.insights;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import nestling.domain.Baby;
import nestling.guidance.WakeWindowDays;
import nestling.insights.DailyPoint;
import nestling.insights.Metric;
import nestling.ui.chart.ChartFrame;
import nestling.ui.chart.ChartStyles;
import nestling.ui.common.Controls;
import nestling.ui.common.UiContext;

/**
 * The Insights screen: the range (7, 30, 90 days), the 7- and 30-day averages with trends as text,
 * the charts, each with a text summary and Save as PNG, and last the 24-hour protocol of two weeks.
 */
public final class InsightsView {
    private final VBox root = new VBox(16);
    private final InsightsViewModel model;
    private final InsightsText text;
    private final UiContext context;
    private final VBox averages = new VBox(4);
    private final ChartFrame sleep;
    private final ChartFrame feeding;
    private final ChartFrame volume;
    private final ChartFrame diapers;
    private final ChartFrame tummy;
    private final ChartFrame temperature;
    private final ChartFrame wake;

    public InsightsView(UiContext context, InsightsViewModel model) {
        this.model = model;
        this.text = new InsightsText(context);
        this.context = context;
        root.setId("insights");
        root.getStyleClass().add("charts");
        ChartStyles.install(root);

        ToggleGroup group = new ToggleGroup();
        HBox ranges = new HBox(8, Controls.text("insights-range-caption", context.text("insights.range"), "field-caption"));
        ranges.setAlignment(Pos.CENTER_LEFT);
        for (int days : InsightsViewModel.RANGES) {
            ToggleButton button = new ToggleButton(context.formats().message("insights.range.days", days));
            button.setId("insights-range-" + days);
            button.setAccessibleText(button.getText());
            button.setUserData(days);
            button.setToggleGroup(group);
            ranges.getChildren().add(button);
        }
        model.daysProperty().subscribe(days -> group.getToggles().stream().filter(t -> t.getUserData().equals(days))
                .findFirst().ifPresent(group::selectToggle));
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                group.selectToggle(was);
            } else {
                model.daysProperty().set((Integer) now.getUserData());
            }
        });
        Label message = Controls.message("insights-message", model.messageProperty(), "hint");
        averages.setId("insights-averages");
        averages.getStyleClass().add("card");
        sleep = new ChartFrame(context, "insights-sleep", context.text("insights.sleep"));
        feeding = new ChartFrame(context, "insights-feeding", context.text("insights.feeding"));
        volume = new ChartFrame(context, "insights-volume", context.text("insights.volume"));
        diapers = new ChartFrame(context, "insights-diapers", context.text("insights.diapers"));
        tummy = new ChartFrame(context, "insights-tummy", context.text("insights.tummy"));
        temperature = new ChartFrame(context, "insights-temperature", context.text("insights.temperature"));
        wake = new ChartFrame(context, "insights-wake", context.formats().message("insights.wake", WakeWindowDays.DAYS));
        root.getChildren().addAll(ranges, message, averages, sleep.root(), wake.root(), feeding.root(), volume.root(),
                diapers.root(), tummy.root(), temperature.root(), new ProtocolView(context, model.protocol()).root());
        model.dataProperty().subscribe(this::show);
    }

    /** Follows the shell's current baby and reloads when data changed elsewhere; stops when the screen leaves. */
    public InsightsView follow(ObservableValue<Baby> baby, ObservableValue<Number> revision) {
        Subscription both = baby.subscribe(model.babyProperty()::set).and(revision.subscribe(r -> model.reloadAll()));
        root.sceneProperty().subscribe((was, scene) -> {
            if (was != null && scene == null) {
                both.unsubscribe();
            }
        });
        return this;
    }

    private void show(InsightsData data) {
        root.getChildren().stream().skip(3).forEach(n -> {
            n.setVisible(data != null);
            n.setManaged(data != null);
        });
        averages.setVisible(data != null);
        averages.setManaged(data != null);
        if (data == null) {
            return;
        }
        averages.getChildren().setAll(Controls.text("insights-averages-title", text.text("insights.averages"), "subheading"),
                Controls.text("insights-averages-hint", text.averagesHint(data.month()), "hint"));
        for (Metric metric : data.month().current().days() == 0 ? List.<Metric>of() : InsightsText.SHOWN) {
            averages.getChildren().add(Controls.text("insights-average-" + metric.id(),
                    text.average(metric, data.week(), data.month())));
        }
        List<LocalDate> days = data.daily().stream().map(DailyPoint::date).toList();
        sleep.show(PatternNode.draw(data.sleep(), data.days(), text.locale(), (d, b) -> text.block(data.days(), d, b)),
                text.sleepSummary(data));
        wake.show(WakeWindowNode.draw(data.wakeWindows(), text.text("insights.wake.hours"),
                w -> text.wakeWindow(data.wakeWindows(), w)), text.wakeSummary(data.wakeWindows()));
        feeding.show(PatternNode.draw(data.feeding(), data.days(), text.locale(), (d, b) -> text.block(data.days(), d, b)),
                text.feedingSummary(data));
        volume.show(BarsNode.draw(days, List.of(series(data, p -> p.bottleMl(), "kind-bottle")), "ml", text.locale()),
                text.volumeSummary(data));
        diapers.show(BarsNode.draw(days, List.of(series(data, p -> p.wetDiapers(), "kind-diaper"),
                series(data, p -> p.dirtyDiapers(), "bar-dirty")), "", text.locale()), text.diaperSummary(data));
        tummy.show(BarsNode.draw(days, List.of(series(data, DailyPoint::tummyTimeMinutes, "kind-activity")), "min",
                text.locale()), text.tummySummary(data));
        temperature.show(TemperatureNode.draw(data.from(), data.to(), data.temperatures(), text.locale(), text::reading),
                text.temperatureSummary(data));
    }

    private static BarsNode.Series series(InsightsData data, java.util.function.ToDoubleFunction<DailyPoint> value,
            String style) {
        return new BarsNode.Series(data.daily().stream().mapToDouble(value).toArray(), style);
    }

    public ChartFrame frame(String name) {
        return switch (name) {
            case "sleep" -> sleep;
            case "feeding" -> feeding;
            case "volume" -> volume;
            case "diapers" -> diapers;
            case "tummy" -> tummy;
            case "wake" -> wake;
            default -> temperature;
        };
    }

    public Parent root() {
        return root;
    }
}
