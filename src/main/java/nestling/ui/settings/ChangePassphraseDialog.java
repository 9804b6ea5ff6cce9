package nestling.ui.settings;

import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nestling.ui.common.DelayedProgress;
import nestling.ui.common.Controls;
import nestling.ui.common.UiContext;

/** The change-passphrase dialog; stays open while the vault is re-keyed and closes when it is done. */
public final class ChangePassphraseDialog {
    private final Dialog<Void> dialog = new Dialog<>();

    public ChangePassphraseDialog(UiContext context, ChangePassphraseViewModel model, Window owner) {
        dialog.initOwner(owner);
        dialog.setTitle(context.text("change.title"));
        dialog.setHeaderText(context.text("change.title"));
        ButtonType change = new ButtonType(context.text("change.button"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, change);
        dialog.getDialogPane().setId("change-passphrase-dialog");
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());

        PasswordField current = field("change-current", context.text("change.current"), model.currentProperty());
        PasswordField fresh = field("change-new", context.text("change.new"), model.freshProperty());
        PasswordField confirmation = field("change-confirmation", context.text("change.confirmation"), model.confirmationProperty());
        Label strength = Controls.message("change-strength", model.strengthHintProperty(), "hint");
        Label mismatch = Controls.message("change-mismatch", model.mismatchProperty(), "field-error");
        Label error = Controls.message("change-error", model.errorProperty(), "field-error");
        // the words at once, the spinner only after a while: its animation slows the key derivations
        ProgressIndicator progress = DelayedProgress.of(model.busyProperty(), context.text("change.working"));
        progress.setMaxSize(20, 20); // no taller than the words: the row keeps its height when it shows
        HBox working = new HBox(8, progress, new Label(context.text("change.working")));
        working.setAlignment(Pos.CENTER_LEFT);
        // Its room is kept while hidden: a line appearing in the shown dialog squeezed the wrapped
        // hints above it into shortened ones ("… ergeben eine starke …", seen in German).
        working.visibleProperty().bind(model.busyProperty());

        VBox content = new VBox(12,
                Controls.labelled(context.text("change.current"), current),
                Controls.labelled(context.text("change.new"), fresh, strength),
                Controls.labelled(context.text("change.confirmation"), confirmation, mismatch),
                Controls.text("change-warning", context.text("change.warning"), "warning"),
                error, working);
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);

        Button changeButton = (Button) dialog.getDialogPane().lookupButton(change);
        changeButton.setId("change-button");
        changeButton.disableProperty().bind(Bindings.not(model.canChange()));
        changeButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.change();
        });
        Node cancel = dialog.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.disableProperty().bind(model.busyProperty());
        model.doneProperty().subscribe(finished -> {
            if (finished) {
                dialog.close();
            }
        });
        dialog.setOnShown(e -> current.requestFocus());
    }

    private static PasswordField field(String id, String caption, javafx.beans.property.StringProperty value) {
        PasswordField field = Controls.passwordField(id, caption);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    public void show() {
        dialog.show();
    }

    public Dialog<Void> dialog() {
        return dialog;
    }
}
