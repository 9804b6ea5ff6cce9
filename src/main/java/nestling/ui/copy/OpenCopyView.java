package nestling.ui.copy;

import java.io.File;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import nestling.ui.common.Controls;
import nestling.ui.common.UiContext;

/** The "Open a copy" screen: the file, its passphrase when it has one, Open; and the way back. */
public final class OpenCopyView {
    private final VBox root = new VBox();

    /**
     * @param back          back to the screen it came from (unlock or create)
     * @param unlockInstead the family's own vault, to merge or restore the file there; null when
     *                      there is no vault on this computer
     */
    public OpenCopyView(UiContext context, OpenCopyViewModel model, Runnable back, Runnable unlockInstead) {
        Label heading = Controls.text("copy-heading", context.text("copy.heading"), "heading");
        Label intro = Controls.text("copy-intro", context.text("copy.intro"));
        Label file = Controls.text("copy-file", "", "key-text");
        file.textProperty().bind(Bindings.createStringBinding(() -> context.formats().message("copy.file",
                model.fileProperty().get().getFileName().toString()), model.fileProperty()));
        Button other = Controls.button("copy-choose", context.text("copy.choose"));
        other.disableProperty().bind(model.busyProperty());
        other.setOnAction(e -> choose(context, root.getScene().getWindow(), model::choose));
        other.setMinWidth(Region.USE_PREF_SIZE);
        // the file's name on a line of its own: a long name wraps there, never beside the button
        VBox fileRow = new VBox(8, file, other);

        PasswordField passphrase = Controls.passwordField("copy-passphrase", context.text("copy.passphrase"));
        passphrase.textProperty().bindBidirectional(model.passphraseProperty());
        passphrase.setOnAction(e -> model.open());
        Node passphraseBox = Controls.labelled(context.text("copy.passphrase"), passphrase);
        passphraseBox.visibleProperty().bind(Bindings.equal(Boolean.TRUE, model.sealedProperty()));
        passphraseBox.managedProperty().bind(passphraseBox.visibleProperty());
        model.sealedProperty().subscribe(sealed -> {
            if (Boolean.TRUE.equals(sealed)) {
                passphrase.requestFocus();
            }
        });

        Button open = Controls.primaryButton("copy-open", context.text("copy.open"));
        open.disableProperty().bind(Bindings.not(model.canOpen()));
        open.setOnAction(e -> model.open());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setAccessibleText(context.text("copy.opening"));
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(model.busyProperty());
        Button backButton = Controls.button("copy-back", context.text("copy.back"));
        backButton.disableProperty().bind(model.busyProperty());
        backButton.setOnAction(e -> back.run());
        Region push = new Region();
        HBox.setHgrow(push, Priority.ALWAYS);
        HBox actions = new HBox(12, backButton, push, progress, open);
        actions.setAlignment(Pos.CENTER_RIGHT);

        Label message = Controls.message("copy-message", model.messageProperty(), "field-error");
        model.busyProperty().subscribe(busy -> message.getStyleClass().setAll("label", busy ? "hint" : "field-error"));

        VBox card = new VBox(14, heading, intro, fileRow, passphraseBox, actions, message);
        if (unlockInstead != null) {
            Label own = Controls.text("copy-own-vault-text", context.text("copy.ownVault"), "hint");
            Button unlock = Controls.button("copy-unlock-instead", context.text("copy.ownVault.button"));
            unlock.disableProperty().bind(model.busyProperty());
            unlock.setOnAction(e -> unlockInstead.run());
            card.getChildren().addAll(own, unlock);
        }
        card.getStyleClass().add("card");
        card.setMaxWidth(560);
        root.getChildren().add(card);
        root.setAlignment(Pos.CENTER);
        root.setId("copy-screen");
        root.getStyleClass().add("screen");
    }

    /** The file chooser for a copy (.nestling or a plain .json backup); {@code chosen} gets the file picked. */
    public static void choose(UiContext context, Window owner, Consumer<java.nio.file.Path> chosen) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(context.text("copy.heading"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Nestling", "*.nestling", "*.json"));
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            chosen.accept(file.toPath());
        }
    }

    /** "Open a copy…" for the unlock and create screens: the file chooser, then {@code chosen}. */
    public static Button openCopyButton(UiContext context, Consumer<java.nio.file.Path> chosen) {
        Button button = Controls.button("open-copy-button", context.text("copy.openButton"));
        button.setOnAction(e -> choose(context, button.getScene().getWindow(), chosen));
        return button;
    }

    public Parent root() {
        return root;
    }
}
