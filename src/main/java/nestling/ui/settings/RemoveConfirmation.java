package nestling.ui.settings;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Region;
import nestling.ui.common.UiContext;

/**
 * Asks before a caregiver or an activity is removed, saying exactly what happens. "Keep" is the
 * default button, so Enter never removes anything by accident.
 */
final class RemoveConfirmation {
    private RemoveConfirmation() {
    }

    /** @return whether the parent chose to remove */
    static boolean ask(UiContext context, Node near, String dialogId, String question) {
        ButtonType remove = new ButtonType(context.text("settings.remove.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(context.text("settings.remove.no"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, keep, remove);
        alert.initOwner(near.getScene().getWindow());
        alert.setHeaderText(context.text("settings.remove.heading"));
        alert.getDialogPane().setId(dialogId);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setPrefWidth(520);
        alert.getDialogPane().getStylesheets().addAll(near.getScene().getStylesheets());
        Button keepButton = (Button) alert.getDialogPane().lookupButton(keep);
        keepButton.setDefaultButton(true);
        Button removeButton = (Button) alert.getDialogPane().lookupButton(remove);
        removeButton.setDefaultButton(false);
        removeButton.setId(dialogId + "-remove");
        keepButton.setId(dialogId + "-keep");
        alert.setOnShown(e -> keepButton.requestFocus());
        return alert.showAndWait().filter(remove::equals).isPresent();
    }
}
