package nestling.ui.backup;

import java.io.File;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.util.StringConverter;
import nestling.ui.common.Controls;
import nestling.ui.common.RadioChoices;
import nestling.ui.common.UiContext;

/** Nodes and bindings of the backup screen; {@link BackupViewModel} does the work. */
public final class BackupView {
    private final VBox root = new VBox(18);
    private final UiContext context;
    private final BackupViewModel model;

    public BackupView(UiContext context, BackupViewModel model) {
        this.context = context;
        this.model = model;
        root.setId("backup-screen");
        if (model.restore().opened()) {
            root.getChildren().addAll(Controls.text("backup-opened", context.text("backup.opened"), "banner", "banner-warning"),
                    RestoreCard.of(context, model.restore(), root), backupCard(), syncCard(), FamilyCopyCard.of(context, model.familyCopy()),
                    AppImportCard.of(context, model.appImport(), root), csvCard());
        } else {
            root.getChildren().addAll(backupCard(), syncCard(), FamilyCopyCard.of(context, model.familyCopy()),
                    RestoreCard.of(context, model.restore(), root),
                    AppImportCard.of(context, model.appImport(), root), csvCard());
        }
    }

    private VBox backupCard() {
        Label last = Controls.text("backup-last", "", "key-text");
        last.textProperty().bind(model.lastBackupProperty());
        Label due = Controls.text("backup-reminder-due", context.text("backup.reminder.due"), "banner", "banner-warning");
        due.visibleProperty().bind(model.reminderDueProperty());
        due.managedProperty().bind(due.visibleProperty());

        HBox where = FolderPicker.of("backup-destination", "backup-choose-folder", context.text("backup.destination"),
                context.text("backup.destination.choose"), model.drives(), model.destinationProperty());
        Label none = Controls.text("backup-destination-none", context.text("backup.destination.none"), "hint");
        none.visibleProperty().bind(model.destinationProperty().isNull());
        none.managedProperty().bind(none.visibleProperty());

        VBox protections = RadioChoices.of(context, "backup-protection-", "backup.protection.",
                BackupViewModel.Protection.values(), model.protectionProperty());
        PasswordField passphrase = Controls.passwordField("backup-passphrase", context.text("backup.passphrase"));
        passphrase.textProperty().bindBidirectional(model.backupPassphraseProperty());
        VBox passphraseBox = Controls.labelled(context.text("backup.passphrase"), passphrase);
        passphraseBox.visibleProperty().bind(model.protectionProperty().isEqualTo(BackupViewModel.Protection.SEPARATE_PASSPHRASE));
        passphraseBox.managedProperty().bind(passphraseBox.visibleProperty());
        Label plainWarning = Controls.text("backup-plain-warning", context.text("backup.protection.plainWarning"),
                "banner", "banner-warning");
        plainWarning.visibleProperty().bind(model.protectionProperty().isEqualTo(BackupViewModel.Protection.PLAIN));
        plainWarning.managedProperty().bind(plainWarning.visibleProperty());

        Button now = Controls.primaryButton("backup-now-button", context.text("backup.now"));
        now.disableProperty().bind(model.busyProperty());
        now.setOnAction(e -> model.backUpNow());
        now.setDefaultButton(false);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("backup-progress");
        progress.setPrefSize(28, 28);
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        HBox actions = new HBox(12, progress, now);
        actions.setAlignment(Pos.CENTER_RIGHT);

        Label status = Controls.message("backup-status", model.backupStatusProperty(), "banner", "banner-success");
        Label error = Controls.message("backup-error", model.backupErrorProperty(), "banner", "banner-error");

        ChoiceBox<Integer> reminder = new ChoiceBox<>();
        reminder.setId("backup-reminder");
        reminder.setAccessibleText(context.text("backup.reminder"));
        reminder.setMinHeight(44);
        reminder.getItems().setAll(1, 3, 7, 14, 30);
        reminder.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer days) {
                return days == null ? "" : context.formats().message("backup.reminder.days", days);
            }

            @Override
            public Integer fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        model.reminderDaysProperty().subscribe(days -> {
            if (!reminder.getItems().contains(days.intValue())) {
                reminder.getItems().add(days.intValue());
            }
            reminder.setValue(days.intValue());
        });
        reminder.valueProperty().subscribe(days -> {
            if (days != null) {
                model.changeReminderDays(days);
            }
        });

        return card("backup-now-card", context.text("backup.now.heading"),
                Controls.text("backup-now-text", context.text("backup.now.text"), "hint"), last, due,
                Controls.labelled(context.text("backup.destination"), where, none),
                Controls.labelled(context.text("backup.protection"), protections), passphraseBox, plainWarning,
                actions, status, error, Controls.labelled(context.text("backup.reminder"), reminder));
    }

    private Node syncCard() {
        return new StickSyncCard(context, model.sync(), model.drives()).root();
    }

    private VBox csvCard() {
        Button export = Controls.button("backup-csv-button", context.text("backup.csv.button"));
        export.disableProperty().bind(model.busyProperty());
        export.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(context.text("backup.csv.heading"));
            File folder = chooser.showDialog(root.getScene().getWindow());
            if (folder != null) {
                model.exportCsv(folder.toPath());
            }
        });
        Label status = Controls.message("backup-csv-status", model.csvStatusProperty(), "hint");
        return card("backup-csv-card", context.text("backup.csv.heading"),
                Controls.text("backup-csv-text", context.text("backup.csv.text"), "hint"), export, status);
    }


    static VBox card(String id, String heading, Node... children) {
        VBox card = new VBox(12, Controls.text(id + "-heading", heading, "subheading"));
        card.getChildren().addAll(children);
        card.setId(id);
        card.getStyleClass().add("card");
        card.setMaxWidth(720);
        return card;
    }

    public Parent root() {
        return root;
    }
}
