package nestling.ui.unlock;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import nestling.ui.common.Controls;
import nestling.ui.common.DelayedProgress;
import nestling.ui.common.UiContext;
import nestling.vault.Snapshot;

/** The unlock screen: passphrase, Enter unlocks, messages per problem, and snapshots when the file is damaged. */
public final class UnlockView {
    private static final double SNAPSHOT_ROW = 40;
    private final VBox root = new VBox();
    private final Timeline countdown;
    private final VBox card;
    private final PasswordField passphrase;

    public UnlockView(UiContext context, UnlockViewModel model) {
        Label heading = Controls.text("unlock-heading", context.text("unlock.heading"), "heading");
        Label intro = Controls.text("unlock-intro", context.text("unlock.intro"));

        passphrase = Controls.passwordField("unlock-passphrase", context.text("unlock.passphrase"));
        passphrase.textProperty().bindBidirectional(model.passphraseProperty());
        passphrase.setOnAction(e -> model.unlock());

        Button unlock = Controls.primaryButton("unlock-button", context.text("unlock.button"));
        unlock.disableProperty().bind(Bindings.not(model.canUnlock()));
        unlock.setOnAction(e -> model.unlock());
        ProgressIndicator progress = DelayedProgress.of(model.busyProperty(), context.text("unlock.working"));
        Label wait = Controls.message("unlock-wait", model.waitTextProperty(), "hint");
        Region push = new Region();
        HBox.setHgrow(push, Priority.ALWAYS);
        HBox actions = new HBox(12, wait, push, progress, unlock);
        actions.setAlignment(Pos.CENTER_RIGHT);

        Label message = Controls.message("unlock-message", model.messageProperty(), "field-error");
        model.busyProperty().subscribe(busy -> message.getStyleClass().setAll("label", busy ? "hint" : "field-error"));

        card = new VBox(14, heading, intro, Controls.labelled(context.text("unlock.passphrase"), passphrase),
                actions, message, snapshotBox(context, model));
        card.getStyleClass().add("card");
        card.setMaxWidth(560);
        root.getChildren().add(card);
        root.setAlignment(Pos.CENTER);
        root.setId("unlock-screen");
        root.getStyleClass().add("screen");

        countdown = new Timeline(new KeyFrame(Duration.millis(context.tick().toMillis()), e -> model.tick()));
        countdown.setCycleCount(Animation.INDEFINITE);
        model.waitSecondsProperty().subscribe(seconds -> {
            if (seconds.longValue() > 0 && countdown.getStatus() != Animation.Status.RUNNING) {
                countdown.play();
            } else if (seconds.longValue() == 0) {
                countdown.stop();
            }
        });
        root.sceneProperty().subscribe(scene -> {
            if (scene == null) {
                countdown.stop();
            } else {
                passphrase.requestFocus();
            }
        });
    }

    private static VBox snapshotBox(UiContext context, UnlockViewModel model) {
        Label explain = Controls.text("unlock-snapshot-intro", context.text("unlock.snapshot.intro"));
        ListView<Snapshot> list = new ListView<>(model.snapshots());
        list.setId("snapshot-list");
        list.setAccessibleText(context.text("unlock.snapshot.list"));
        list.setFixedCellSize(SNAPSHOT_ROW);
        list.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(Math.max(model.snapshots().size(), 1), 4) * SNAPSHOT_ROW + 4, model.snapshots()));
        list.setFocusTraversable(false);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Snapshot item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.describe(item));
            }
        });
        Button open = Controls.primaryButton("open-snapshot-button", context.text("unlock.snapshot.button"));
        open.disableProperty().bind(Bindings.not(model.canOpenSnapshot()));
        open.setOnAction(e -> model.openNewestGoodSnapshot());
        HBox actions = new HBox(open);
        actions.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(10, explain, list, actions);
        box.setId("unlock-snapshots");
        box.visibleProperty().bind(Bindings.isNotEmpty(model.snapshots()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /**
     * Shown beside the card, on its left: the lock screen's quick logs (hidden when logging while
     * locked is off). Side by side, the passphrase field stays in sight however many babies there are.
     */
    public void addBeside(javafx.scene.layout.Region node) {
        int at = root.getChildren().indexOf(card);
        root.getChildren().remove(at);
        HBox row = new HBox(20, node, card);
        row.setAlignment(Pos.TOP_CENTER);
        row.setFillHeight(false);
        HBox.setHgrow(node, Priority.ALWAYS);
        HBox.setHgrow(card, Priority.ALWAYS); // alone (logging while locked off), as wide as before: 560
        root.getChildren().add(at, row);
        card.maxWidthProperty().bind(javafx.beans.binding.Bindings.when(node.visibleProperty()).then(360.0).otherwise(560.0));
        card.minWidthProperty().bind(javafx.beans.binding.Bindings.when(node.visibleProperty()).then(320.0).otherwise(0.0));
    }

    /** Offered under the card: the window's "Open a copy…" (a grandparent's computer has no vault to unlock). */
    public void addBelow(javafx.scene.Node node) {
        VBox.setMargin(node, new javafx.geometry.Insets(16, 0, 0, 0));
        root.getChildren().add(node);
    }

    public Parent root() {
        return root;
    }

    /** Where the passphrase is typed: the focus comes back here after a click beside it (LockedLogView). */
    public Node passphraseField() {
        return passphrase;
    }
}
