package nestling.ui.backup;

import java.io.File;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import nestling.imports.SourceAnswers;
import nestling.imports.SourceFormat;
import nestling.ui.common.Controls;
import nestling.ui.common.UiContext;

/** The backup screen's "Import from another app" card; {@link AppImportViewModel} does the work. */
final class AppImportCard {
    private AppImportCard() {
    }

    static VBox of(UiContext context, AppImportViewModel model, Region owner) {
        ChoiceBox<SourceFormat> app = new ChoiceBox<>();
        app.setId("app-import-app");
        app.setAccessibleText(context.text("appImport.app"));
        app.setMinHeight(44);
        app.getItems().setAll(model.formats());
        app.setConverter(new StringConverter<>() {
            @Override
            public String toString(SourceFormat format) {
                return format == null ? "" : format.displayName();
            }

            @Override
            public SourceFormat fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        app.valueProperty().bindBidirectional(model.formatProperty());

        Button file = Controls.button("app-import-file", context.text("appImport.chooseFile"));
        file.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(context.text("appImport.heading"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv", "*.CSV"));
            File chosen = chooser.showOpenDialog(owner.getScene().getWindow());
            if (chosen != null) {
                model.sourceProperty().set(chosen.toPath());
            }
        });
        Button folder = Controls.button("app-import-folder", context.text("appImport.chooseFolder"));
        folder.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(context.text("appImport.heading"));
            File chosen = chooser.showDialog(owner.getScene().getWindow());
            if (chosen != null) {
                model.sourceProperty().set(chosen.toPath());
            }
        });
        file.setMinWidth(Region.USE_PREF_SIZE);
        folder.setMinWidth(Region.USE_PREF_SIZE);
        HBox pick = new HBox(8, app, file, folder);
        pick.setAlignment(Pos.CENTER_LEFT);
        // the chosen file or folder, shown where a parent may also paste a path
        TextField source = new TextField();
        source.setId("app-import-source");
        source.setAccessibleText(context.text("appImport.sourcePath"));
        source.setPromptText(context.text("appImport.sourcePath"));
        source.setMinHeight(44);
        model.sourceProperty().subscribe(path -> {
            String shown = path == null ? "" : path.toString();
            if (!shown.equals(source.getText())) {
                source.setText(shown);
            }
        });
        source.textProperty().subscribe(text -> {
            try {
                model.sourceProperty().set(text == null || text.isBlank() ? null : java.nio.file.Path.of(text.strip()));
            } catch (java.nio.file.InvalidPathException e) {
                model.sourceProperty().set(null);
            }
        });

        ChoiceBox<SourceAnswers.UnitSystem> units = new ChoiceBox<>();
        units.setId("app-import-units");
        units.setAccessibleText(context.text("appImport.units"));
        units.setMinHeight(44);
        units.getItems().setAll(null, SourceAnswers.UnitSystem.METRIC, SourceAnswers.UnitSystem.US);
        units.setConverter(new StringConverter<>() {
            @Override
            public String toString(SourceAnswers.UnitSystem system) {
                return context.text("appImport.units." + (system == null ? "named" : system.name()));
            }

            @Override
            public SourceAnswers.UnitSystem fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        units.valueProperty().bindBidirectional(model.unitsProperty());
        TextField zone = new TextField();
        zone.setId("app-import-zone");
        zone.setAccessibleText(context.text("appImport.zone"));
        zone.setMinHeight(44);
        zone.textProperty().bindBidirectional(model.zoneProperty());

        Button check = Controls.button("app-import-check", context.text("appImport.check"));
        check.disableProperty().bind(model.busyProperty().or(model.sourceProperty().isNull()));
        check.setOnAction(e -> model.check());
        HBox checkRow = new HBox(12, check);
        checkRow.setAlignment(Pos.CENTER_RIGHT);

        VBox mapping = AppImportMappingView.of(context, model);
        Label summary = Controls.message("app-import-summary", model.summaryProperty(), "summary");

        Button run = Controls.primaryButton("app-import-run", context.text("appImport.import"));
        run.setOnAction(e -> model.importNow());
        run.disableProperty().bind(model.busyProperty().or(
                model.stageProperty().isNotEqualTo(AppImportViewModel.Stage.CHECKED)));
        HBox runRow = new HBox(12, run);
        runRow.setAlignment(Pos.CENTER_RIGHT);
        Label result = Controls.message("app-import-result", model.resultProperty(), "banner", "banner-success");
        Label error = Controls.message("app-import-error", model.errorProperty(), "banner", "banner-error");

        VBox card = new VBox(12, Controls.text("app-import-card-heading", context.text("appImport.heading"), "subheading"),
                Controls.text("app-import-text", context.text("appImport.text"), "hint"),
                Controls.labelled(context.text("appImport.app"), pick, source),
                Controls.labelled(context.text("appImport.units"), units),
                Controls.labelled(context.text("appImport.zone"), zone), checkRow, mapping, summary, runRow, result,
                error);
        card.setId("app-import-card");
        card.getStyleClass().add("card");
        card.setMaxWidth(720);
        return card;
    }
}
