package nestling.ui.backup;

import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import nestling.ui.common.Alerts;
import nestling.ui.common.Controls;
import nestling.ui.common.UiContext;

/**
 * The backup screen's "Restore or merge" card: choose a file, its passphrase, what it holds, then
 * Merge or Replace (after a confirmation); {@link RestoreModel} does the work.
 */
final class RestoreCard {
    private RestoreCard() {
    }

    static VBox of(UiContext context, RestoreModel model, Parent root) {
        Button choose = Controls.button("backup-import-choose", context.text("backup.import.choose"));
        choose.disableProperty().bind(model.busyProperty());
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(context.text("backup.import.heading"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Nestling", "*.nestling", "*.json"));
            File file = chooser.showOpenDialog(root.getScene().getWindow());
            if (file != null) {
                model.inspect(file.toPath());
            }
        });
        Label file = Controls.text("backup-import-file", "", "hint");
        file.textProperty().bind(Bindings.createStringBinding(() -> model.fileProperty().get() == null ? ""
                : context.formats().message("backup.import.file", model.fileProperty().get().toString()),
                model.fileProperty()));
        PasswordField passphrase = Controls.passwordField("backup-import-passphrase", context.text("backup.import.passphrase"));
        passphrase.textProperty().bindBidirectional(model.passphraseProperty());
        Button retry = Controls.button("backup-import-retry", context.text("backup.import.retry"));
        retry.setOnAction(e -> model.retryInspect());
        retry.disableProperty().bind(model.busyProperty().or(model.fileProperty().isNull()));
        HBox passphraseRow = new HBox(8, passphrase, retry);
        passphraseRow.setAlignment(Pos.CENTER_LEFT);

        Label summary = Controls.message("backup-import-summary", model.summaryProperty(), "summary");
        Button merge = Controls.primaryButton("backup-merge-button", context.text("backup.merge"));
        merge.setOnAction(e -> model.merge());
        Button replace = Controls.button("backup-replace-button", context.text("backup.replace"));
        replace.setOnAction(e -> confirmReplace(context, model, root));
        HBox actions = new HBox(12, replace, merge);
        actions.setAlignment(Pos.CENTER_RIGHT);
        var inspected = model.stageProperty().isEqualTo(RestoreModel.Stage.INSPECTED);
        actions.visibleProperty().bind(inspected);
        actions.managedProperty().bind(actions.visibleProperty());
        merge.disableProperty().bind(model.busyProperty());
        replace.disableProperty().bind(model.busyProperty());
        Label result = Controls.message("backup-import-result", model.resultProperty(), "banner", "banner-success");
        Label error = Controls.message("backup-import-error", model.errorProperty(), "banner", "banner-error");
        return BackupView.card("backup-import-card", context.text("backup.import.heading"),
                Controls.text("backup-import-text", context.text("backup.import.text"), "hint"), choose, file,
                Controls.labelled(context.text("backup.import.passphrase"), passphraseRow), summary, actions, result, error);
    }

    private static void confirmReplace(UiContext context, RestoreModel model, Parent root) {
        ButtonType yes = new ButtonType(context.text("backup.replace.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(context.text("backup.replace.no"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = Alerts.question(Alert.AlertType.CONFIRMATION, root.getScene().getWindow(), "replace-dialog",
                context.text("backup.replace.heading"), context.text("backup.replace.confirm"), no, yes, 560);
        alert.showAndWait().filter(yes::equals).ifPresent(b -> model.replace());
    }
}
