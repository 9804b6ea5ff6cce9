package nestling.ui.backup;

import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nestling.backup.ConflictChoices;
import nestling.ui.common.Controls;
import nestling.ui.common.RadioChoices;
import nestling.ui.common.UiContext;

/** The "Sync with a family stick" card of the backup screen; {@link StickSyncViewModel} does the work. */
final class StickSyncCard {
    private final UiContext context;
    private final StickSyncViewModel model;
    private final BackupTexts texts;
    private final VBox root = new VBox(12);

    StickSyncCard(UiContext context, StickSyncViewModel model, ObservableList<Path> drives) {
        this.context = context;
        this.model = model;
        this.texts = new BackupTexts(context);
        root.setId("sync-card");
        root.getStyleClass().add("card");
        root.setMaxWidth(720);
        Label heading = Controls.text("sync-card-heading", context.text("backup.sync.heading"), "subheading");
        Label intro = Controls.text("sync-text", context.text("backup.sync.text"), "hint");

        HBox where = FolderPicker.of("sync-folder", "sync-choose-folder", context.text("backup.sync.folder"),
                context.text("backup.destination.choose"), drives, model.folderProperty());

        PasswordField passphrase = Controls.passwordField("sync-passphrase", context.text("backup.sync.passphrase"));
        passphrase.textProperty().bindBidirectional(model.passphraseProperty());

        Button sync = Controls.primaryButton("sync-button", context.text("backup.sync.button"));
        sync.disableProperty().bind(model.busyProperty());
        sync.setOnAction(e -> model.sync());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("sync-progress");
        progress.setPrefSize(28, 28);
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        HBox actions = new HBox(12, progress, sync);
        actions.setAlignment(Pos.CENTER_RIGHT);
        actions.visibleProperty().bind(model.stageProperty().isNotEqualTo(StickSyncViewModel.Stage.SET_UP)
                .and(model.stageProperty().isNotEqualTo(StickSyncViewModel.Stage.CONFLICTS)));
        actions.managedProperty().bind(actions.visibleProperty());

        Label status = Controls.message("sync-status", model.statusProperty(), "banner", "banner-success");
        Label error = Controls.message("sync-error", model.errorProperty(), "banner", "banner-error");
        // the set-up or conflict part closing shortens the screen: bring the outcome into view
        model.statusProperty().subscribe(text -> showLater(status, text));
        model.errorProperty().subscribe(text -> showLater(error, text));
        root.getChildren().addAll(heading, intro, Controls.labelled(context.text("backup.sync.folder"), where),
                Controls.labelled(context.text("backup.sync.passphrase"), passphrase,
                        Controls.text("sync-passphrase-hint", context.text("backup.sync.passphrase.hint"), "hint")), actions, setUpPart(),
                conflictPart(), status, error);
    }

    /** Shown when the stick holds no family file yet: how to protect it. */
    private Node setUpPart() {
        VBox choices = RadioChoices.of(context, "sync-protection-", "backup.sync.setUp.",
                StickSyncViewModel.Protection.values(), model.protectionProperty());
        Button setUp = Controls.primaryButton("sync-set-up-button", context.text("backup.sync.setUp.button"));
        setUp.setOnAction(e -> model.finish());
        setUp.disableProperty().bind(model.busyProperty());
        VBox part = new VBox(8, Controls.text("sync-set-up-text", context.text("backup.sync.setUp.text"), "key-text"),
                choices, buttons(setUp));
        part.setId("sync-set-up");
        part.visibleProperty().bind(model.stageProperty().isEqualTo(StickSyncViewModel.Stage.SET_UP));
        part.managedProperty().bind(part.visibleProperty());
        return part;
    }

    /** Shown when records conflict: one row each, with the version to keep. */
    private Node conflictPart() {
        Label intro = Controls.text("sync-conflicts-text", "", "key-text");
        VBox rows = new VBox(6);
        rows.setId("sync-conflicts");
        model.conflicts().addListener((ListChangeListener<StickSyncViewModel.ConflictRow>) change -> {
            rows.getChildren().setAll(model.conflicts().stream().map(this::row).toList());
            intro.setText(context.formats().message("backup.sync.conflicts.text", model.conflicts().size()));
        });
        Button finish = Controls.primaryButton("sync-finish-button", context.text("backup.sync.finish"));
        finish.setOnAction(e -> model.finish());
        finish.disableProperty().bind(model.busyProperty());
        VBox part = new VBox(8, intro, rows, buttons(finish));
        part.visibleProperty().bind(model.stageProperty().isEqualTo(StickSyncViewModel.Stage.CONFLICTS));
        part.managedProperty().bind(part.visibleProperty());
        return part;
    }

    private Node row(StickSyncViewModel.ConflictRow conflict) {
        Label what = Controls.text(null, texts.conflictRecord(conflict.versions()), "key-text");
        Label when = Controls.text(null, texts.conflictChanges(conflict.versions()), "hint");
        ChoiceBox<ConflictChoices.Keep> keep = new ChoiceBox<>();
        keep.getStyleClass().add("sync-conflict-choice");
        keep.setAccessibleText(context.text("backup.sync.keep"));
        keep.setMinHeight(44);
        keep.setMinWidth(Region.USE_PREF_SIZE);
        keep.getItems().setAll(ConflictChoices.Keep.values());
        keep.setConverter(new StringConverter<>() {
            @Override
            public String toString(ConflictChoices.Keep value) {
                if (value == null) {
                    return "";
                }
                String text = context.text("backup.sync.keep." + value.name());
                return value == ConflictChoices.Keep.NEWEST ? context.formats().message("backup.sync.keep.NEWEST",
                        context.text(conflict.versions().otherIsNewer() ? "backup.sync.side.stick" : "backup.sync.side.here"))
                        : text;
            }

            @Override
            public ConflictChoices.Keep fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        keep.valueProperty().bindBidirectional(conflict.keepProperty());
        VBox texts = new VBox(2, what, when);
        HBox.setHgrow(texts, Priority.ALWAYS);
        HBox line = new HBox(12, texts, keep);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("sync-conflict");
        return line;
    }

    /** Scrolls the screen so that {@code label} is seen, once it holds {@code text} and is laid out. */
    private static void showLater(Label label, String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        javafx.application.Platform.runLater(() -> {
            for (javafx.scene.Parent p = label.getParent(); p != null; p = p.getParent()) {
                if (p instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null) {
                    double content = scroll.getContent().getLayoutBounds().getHeight();
                    double view = scroll.getViewportBounds().getHeight();
                    double bottom = scroll.getContent().sceneToLocal(label.localToScene(label.getLayoutBounds())).getMaxY();
                    if (content > view) {
                        double top = Math.max(0, bottom - view + 16);
                        double shown = scroll.getVvalue() * (content - view);
                        if (bottom > shown + view || bottom - label.getHeight() < shown) {
                            scroll.setVvalue(Math.clamp(top / (content - view), 0, 1));
                        }
                    }
                    return;
                }
            }
        });
    }

    private HBox buttons(Button primary) {
        Button cancel = Controls.button(null, context.text("backup.sync.cancel"));
        cancel.getStyleClass().add("sync-cancel");
        cancel.setOnAction(e -> model.cancel());
        cancel.disableProperty().bind(model.busyProperty());
        HBox buttons = new HBox(12, cancel, primary);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        return buttons;
    }


    Node root() {
        return root;
    }
}
