package nestling.ui.unlock;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nestling.ui.common.DelayedProgress;
import nestling.ui.common.Controls;
import nestling.ui.common.UiContext;

/** The first screen on a new computer: choose the family's passphrase and create the vault. */
public final class CreateVaultView {
    private final VBox root = new VBox();

    public CreateVaultView(UiContext context, CreateVaultViewModel model) {
        Label heading = Controls.text("unlock-heading", context.text("create.heading"), "heading");
        Label intro = Controls.text("create-intro", context.text("create.intro"));

        PasswordField passphrase = Controls.passwordField("create-passphrase", context.text("create.passphrase"));
        passphrase.textProperty().bindBidirectional(model.passphraseProperty());
        Label strength = Controls.message("create-strength", model.strengthHintProperty(), "hint");
        model.strengthNameProperty().subscribe(name -> strength.getStyleClass().setAll("label", "hint", "strength-" + name.toLowerCase(java.util.Locale.ROOT)));

        PasswordField confirmation = Controls.passwordField("create-confirmation", context.text("create.confirmation"));
        confirmation.textProperty().bindBidirectional(model.confirmationProperty());
        Label mismatch = Controls.message("create-mismatch", model.mismatchProperty(), "field-error");

        Label warning = Controls.text("create-warning", context.text("create.warning"), "warning");
        warning.setAccessibleText(warning.getText());
        Label error = Controls.message("create-error", model.errorProperty(), "field-error");

        // the words at once, the spinner only after a while: its animation slows the key derivation
        ProgressIndicator progress = DelayedProgress.of(model.busyProperty(), context.text("create.working"));
        Label working = Controls.text("create-working", context.text("create.working"));
        HBox busy = new HBox(8, progress, working);
        busy.setAlignment(Pos.CENTER_LEFT);
        busy.visibleProperty().bind(model.busyProperty());
        Button create = Controls.primaryButton("create-button", context.text("create.button"));
        create.setDefaultButton(true);
        create.disableProperty().bind(Bindings.not(model.canCreate()));
        create.setOnAction(e -> model.create());
        Region push = new Region();
        HBox.setHgrow(push, Priority.ALWAYS);
        HBox actions = new HBox(12, busy, push, create);
        actions.setAlignment(Pos.CENTER_RIGHT);

        VBox card = new VBox(14, heading, intro,
                Controls.labelled(context.text("create.passphrase"), passphrase, strength),
                Controls.labelled(context.text("create.confirmation"), confirmation, mismatch),
                warning, error, actions);
        card.getStyleClass().add("card");
        card.setMaxWidth(560);
        root.getChildren().add(card);
        root.setAlignment(Pos.CENTER);
        root.setId("create-screen");
        root.getStyleClass().add("screen");
        root.sceneProperty().subscribe(scene -> {
            if (scene != null) {
                passphrase.requestFocus();
            }
        });
    }

    /** Offered under the card: the window's "Open a copy…" (a grandparent's computer has no vault to unlock). */
    public void addBelow(javafx.scene.Node node) {
        VBox.setMargin(node, new javafx.geometry.Insets(16, 0, 0, 0));
        root.getChildren().add(node);
    }

    public Parent root() {
        return root;
    }
}
