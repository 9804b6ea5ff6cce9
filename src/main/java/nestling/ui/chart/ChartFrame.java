package nestling.ui.chart;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import nestling.ui.common.Controls;
import nestling.ui.common.UiContext;

/**
 * A card around one chart: its title, the chart, a text summary (what a screen reader reads, and
 * what a parent reads at a glance), and "Save as PNG" (file chosen with a FileChooser, written in
 * the background).
 */
public final class ChartFrame {
    private final VBox root = new VBox(8);
    private final StackPane holder = new StackPane();
    private final Label summary;
    private final UiContext context;
    private final String id;
    private final ReadOnlyStringWrapper exportMessage = new ReadOnlyStringWrapper(this, "exportMessage", "");

    public ChartFrame(UiContext context, String id, String title) {
        this.context = context;
        this.id = id;
        Label heading = Controls.text(id + "-title", title, "subheading");
        Button export = Controls.button(id + "-export", context.text("chart.export"));
        export.setAccessibleText(context.formats().message("chart.export.accessible", title));
        export.setOnAction(e -> chooseAndExport(title));
        Region push = new Region();
        HBox.setHgrow(push, Priority.ALWAYS);
        HBox top = new HBox(12, heading, push, export);
        top.setAlignment(Pos.CENTER_LEFT);
        holder.setId(id);
        holder.setAlignment(Pos.TOP_LEFT);
        holder.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        summary = Controls.text(id + "-summary", "", "hint");
        Label message = Controls.message(id + "-export-message", exportMessage.getReadOnlyProperty(), "hint");
        root.getChildren().addAll(top, holder, summary, message);
        root.getStyleClass().addAll("card", "chart-card");
        // The charts are drawn 620 to 640 px wide: a card as wide as the window left its right half
        // empty with "Save as PNG" far from its chart. As wide as the chart, like the other screens' cards.
        root.setMaxWidth(720);
    }

    public void show(Node chart, String text) {
        holder.getChildren().setAll(chart);
        summary.setText(text);
        holder.setAccessibleText(text);
    }

    public Node chart() {
        return holder.getChildren().isEmpty() ? holder : holder.getChildren().getFirst();
    }

    public VBox root() {
        return root;
    }

    public ReadOnlyStringProperty exportMessageProperty() {
        return exportMessage.getReadOnlyProperty();
    }

    /** Writes the chart to {@code file} in the background; the message says where or why not. */
    public void exportTo(Path file, Consumer<Path> done) {
        exportMessage.set(context.text("chart.export.saving"));
        ChartPng.export(chart(), file, context.tasks(), written -> {
            exportMessage.set(context.formats().message("chart.export.saved", written.getFileName().toString()));
            done.accept(written);
        }, failure -> exportMessage.set(context.text("chart.export.failed")));
    }

    private void chooseAndExport(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(context.text("chart.export"));
        chooser.setInitialFileName(id + ".png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        java.io.File file = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (file != null) {
            exportTo(file.toPath(), written -> { });
        }
    }
}
