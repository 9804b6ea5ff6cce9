package nestling.ui.growth;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Subscription;
import nestling.domain.Baby;
import nestling.growth.ChildAge;
import nestling.growth.Indicator;
import nestling.insights.GrowthChart;
import nestling.insights.GrowthPoint;
import nestling.ui.chart.ChartFrame;
import nestling.ui.chart.ChartStyles;
import nestling.ui.common.Controls;
import nestling.ui.common.UiContext;

/** The Growth screen: the corrected-age switch, one chart per indicator, the table, the WHO credit. */
public final class GrowthView {
    private final VBox root = new VBox(16);
    private final GrowthViewModel model;
    private final GrowthText text;
    private final Map<Indicator, ChartFrame> frames = new EnumMap<>(Indicator.class);
    private final TableView<GrowthPoint> table;

    public GrowthView(UiContext context, GrowthViewModel model) {
        this.model = model;
        this.text = new GrowthText(context);
        root.setId("growth");
        root.getStyleClass().add("charts");
        ChartStyles.install(root);

        CheckBox corrected = new CheckBox(context.text("growth.corrected"));
        corrected.setId("growth-corrected");
        corrected.setAccessibleText(context.text("growth.corrected"));
        corrected.setMinHeight(44);
        corrected.visibleProperty().bind(model.correctionOfferedProperty());
        corrected.managedProperty().bind(corrected.visibleProperty());
        model.basisProperty().subscribe(b -> corrected.setSelected(b == ChildAge.AgeBasis.CORRECTED));
        corrected.selectedProperty().subscribe(model::useCorrectedAge);
        Label message = Controls.message("growth-message", model.messageProperty(), "hint");
        Label intro = Controls.text("growth-intro", context.text("growth.intro"), "hint");
        root.getChildren().addAll(intro, reportRow(context), corrected, message);
        for (Indicator indicator : Indicator.values()) {
            ChartFrame frame = new ChartFrame(context, "growth-chart-" + indicator.id(), text.title(indicator));
            frames.put(indicator, frame);
            root.getChildren().add(frame.root());
        }
        table = GrowthTable.create(text);
        root.getChildren().addAll(Controls.text("growth-table-title", context.text("growth.table"), "subheading"), table,
                Controls.text("growth-credit", context.text("about.credit.text"), "hint"));
        model.dataProperty().subscribe(this::show);
    }

    /** "Report for the pediatrician (PDF)…": a save dialog, then the report written in the background. */
    private Node reportRow(UiContext context) {
        Button save = Controls.button("growth-report", context.text("report.button"));
        save.disableProperty().bind(model.report().busyProperty().or(model.babyProperty().isNull()));
        save.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(context.text("report.button"));
            chooser.setInitialFileName(model.report().suggestedName(model.babyProperty().get()));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
            java.io.File chosen = chooser.showSaveDialog(root.getScene().getWindow());
            if (chosen != null) {
                model.report().save(model.babyProperty().get(), model.basisProperty().get(), chosen.toPath());
            }
        });
        Label status = Controls.message("growth-report-status", model.report().statusProperty(), "hint");
        status.setWrapText(true);
        HBox row = new HBox(12, save, status);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(status, javafx.scene.layout.Priority.ALWAYS);
        return row;
    }

    /** Follows the shell's current baby and reloads when data changed elsewhere; stops when the screen leaves. */
    public GrowthView follow(ObservableValue<Baby> baby, ObservableValue<Number> revision) {
        Subscription both = baby.subscribe(model.babyProperty()::set).and(revision.subscribe(r -> model.reload()));
        root.sceneProperty().subscribe((was, scene) -> {
            if (was != null && scene == null) {
                both.unsubscribe();
            }
        });
        return this;
    }

    private void show(GrowthData data) {
        for (Indicator indicator : Indicator.values()) {
            ChartFrame frame = frames.get(indicator);
            GrowthChart chart = data == null ? null : data.charts().get(indicator);
            frame.root().setVisible(chart != null);
            frame.root().setManaged(chart != null);
            if (chart != null) {
                frame.show(GrowthChartNode.draw(chart, text), text.title(chart) + ". " + text.summary(chart));
            }
        }
        List<GrowthPoint> points = data == null ? List.of() : data.points().reversed();
        table.getItems().setAll(points);
    }

    public ChartFrame frame(Indicator indicator) {
        return frames.get(indicator);
    }

    public Parent root() {
        return root;
    }
}
