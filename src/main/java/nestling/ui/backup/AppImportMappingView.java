package nestling.ui.backup;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
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
        VBox rows = new VBox(8);
        VBox box = new VBox(8, Controls.text("app-import-mapping-heading", context.text("appImport.mapping"),
                "field-caption"), rows);
        box.setId("app-import-mapping");
        Runnable fill = () -> {
            rows.getChildren().clear();
            for (int i = 0; i < model.mappings().size(); i++) {
                rows.getChildren().add(row(context, model, model.mappings().get(i), i));
            }
            box.setVisible(!model.mappings().isEmpty());
            box.setManaged(!model.mappings().isEmpty());
        };
        model.mappings().addListener((ListChangeListener<AppImportMapping>) change -> fill.run());
        fill.run();
        return box;
    }

    private static HBox row(UiContext context, AppImportViewModel model, AppImportMapping mapping, int index) {
        String shown = mapping.unnamed() ? context.text("appImport.mapping.unnamed") : mapping.sourceName();
        Label name = Controls.text("app-import-map-source-" + index, shown);
        name.setWrapText(true);
        name.setMinWidth(0);
        name.setPrefWidth(260);
        ComboBox<AppImportMapping.Target> target = new ComboBox<>();
        target.setId("app-import-map-" + index);
        target.setAccessibleText(context.formats().message("appImport.mapping.onto", shown));
        target.setMinHeight(44);
        target.setMaxWidth(Double.MAX_VALUE);
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
        target.disableProperty().bind(model.busyProperty());
        HBox.setHgrow(target, Priority.ALWAYS);
        Label arrow = new Label("\u2192");
        arrow.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(12, name, arrow, target);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
