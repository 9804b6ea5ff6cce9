package nestling.ui.backup;

import javafx.collections.ListChangeListener;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nestling.ui.common.Controls;
import nestling.ui.common.UiContext;

/**
 * The import card's "whose history is it" part: one line per baby of the other app, its name beside a
 * choice of Nestling's babies or "new baby". Shown once a check has read the export.
 */
final class AppImportMappingView {
    private AppImportMappingView() {
    }

    static VBox of(UiContext context, AppImportViewModel model) {
        // one grid, so every choice starts at the same place however long the other app's names are
        GridPane rows = new GridPane();
        rows.setHgap(12);
        rows.setVgap(8);
        ColumnConstraints names = new ColumnConstraints();
        names.setPercentWidth(40);
        ColumnConstraints arrows = new ColumnConstraints();
        arrows.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints choices = new ColumnConstraints();
        choices.setHgrow(Priority.ALWAYS);
        choices.setFillWidth(true);
        rows.getColumnConstraints().setAll(names, arrows, choices);
        VBox box = new VBox(8, Controls.text("app-import-mapping-heading", context.text("appImport.mapping"),
                "field-caption"), rows);
        box.setId("app-import-mapping");
        Runnable fill = () -> {
            rows.getChildren().clear();
            for (int i = 0; i < model.mappings().size(); i++) {
                addRow(rows, context, model, model.mappings().get(i), i);
            }
            box.setVisible(!model.mappings().isEmpty());
            box.setManaged(!model.mappings().isEmpty());
        };
        model.mappings().addListener((ListChangeListener<AppImportMapping>) change -> fill.run());
        fill.run();
        return box;
    }

    private static void addRow(GridPane rows, UiContext context, AppImportViewModel model, AppImportMapping mapping,
            int index) {
        String shown = mapping.unnamed() ? context.text("appImport.mapping.unnamed") : mapping.sourceName();
        Label name = Controls.text("app-import-map-source-" + index, shown);
        name.setWrapText(true);
        name.setMinWidth(0);
        ComboBox<AppImportMapping.Target> target = new ComboBox<>();
        target.setId("app-import-map-" + index);
        target.setAccessibleText(context.formats().message("appImport.mapping.onto", shown));
        target.setMinHeight(44);
        target.setMaxWidth(Double.MAX_VALUE);
        target.setPrefWidth(0); // the column gives the width; a long new baby's name is cut, not the grid widened
        target.setMinWidth(0);
        target.disableProperty().bind(model.importingProperty());
        target.setPromptText(context.text("appImport.mapping.choose"));
        target.getItems().setAll(mapping.options());
        StringConverter<AppImportMapping.Target> names = new StringConverter<>() {
            @Override
            public String toString(AppImportMapping.Target t) {
                return t == null ? "" : t.babyId() == null
                        ? context.formats().message("appImport.mapping.new", t.name()) : t.name();
            }

            @Override
            public AppImportMapping.Target fromString(String text) {
                throw new UnsupportedOperationException();
            }
        };
        target.setConverter(names);
        target.valueProperty().bindBidirectional(mapping.chosen());
        Label arrow = new Label("\u2192");
        arrow.setMinWidth(Region.USE_PREF_SIZE);
        rows.addRow(index, name, arrow, target);
        for (var cell : List.of(name, arrow, target)) {
            GridPane.setValignment(cell, VPos.CENTER);
        }
    }
}
