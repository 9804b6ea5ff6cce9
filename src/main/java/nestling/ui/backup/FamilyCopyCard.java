package nestling.ui.backup;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nestling.domain.Baby;
import nestling.ui.common.Controls;
import nestling.ui.common.UiContext;

/** The backup screen's "A copy for family" card: baby, days, its own passphrase; {@link FamilyCopyViewModel} does the work. */
final class FamilyCopyCard {
    private FamilyCopyCard() {
    }

    static VBox of(UiContext context, FamilyCopyViewModel model) {
        ComboBox<Baby> baby = new ComboBox<>();
        baby.setId("family-copy-baby");
        baby.setAccessibleText(context.text("backup.familyCopy.baby"));
        baby.setMinHeight(44);
        model.babies().subscribe(() -> {
            java.util.List<Baby> items = new java.util.ArrayList<>();
            items.add(null); // every baby
            items.addAll(model.babies());
            baby.getItems().setAll(items);
            baby.setValue(model.babyProperty().get());
        });
        baby.setConverter(new StringConverter<>() {
            @Override
            public String toString(Baby b) {
                return b == null ? context.text("backup.familyCopy.allBabies") : b.name();
            }

            @Override
            public Baby fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        baby.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Baby item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : baby.getConverter().toString(item));
            }
        });
        baby.valueProperty().bindBidirectional(model.babyProperty());

        DatePicker from = datePicker(context, "family-copy-from", "backup.familyCopy.from");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = datePicker(context, "family-copy-to", "backup.familyCopy.to");
        to.valueProperty().bindBidirectional(model.toProperty());
        FlowPane which = new FlowPane(12, 8, Controls.labelled(context.text("backup.familyCopy.baby"), baby),
                Controls.labelled(context.text("backup.familyCopy.from"), from),
                Controls.labelled(context.text("backup.familyCopy.to"), to));

        PasswordField passphrase = Controls.passwordField("family-copy-passphrase",
                context.text("backup.familyCopy.passphrase"));
        passphrase.textProperty().bindBidirectional(model.passphraseProperty());

        Button make = Controls.primaryButton("family-copy-button", context.text("backup.familyCopy.button"));
        make.disableProperty().bind(model.busyProperty());
        make.setOnAction(e -> model.make());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(28, 28);
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        HBox actions = new HBox(12, progress, make);
        actions.setAlignment(Pos.CENTER_RIGHT);

        Label status = Controls.message("family-copy-status", model.statusProperty(), "banner", "banner-success");
        Label error = Controls.message("family-copy-error", model.errorProperty(), "banner", "banner-error");
        return BackupView.card("family-copy-card", context.text("backup.familyCopy.heading"),
                Controls.text("family-copy-text", context.text("backup.familyCopy.text"), "hint"), which,
                Controls.labelled(context.text("backup.familyCopy.passphrase"), passphrase,
                        Controls.text("family-copy-passphrase-hint", context.text("backup.familyCopy.passphraseHint"), "hint")),
                actions, status, error);
    }

    private static DatePicker datePicker(UiContext context, String id, String key) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setAccessibleText(context.text(key));
        picker.setPrefWidth(170);
        return picker;
    }
}
