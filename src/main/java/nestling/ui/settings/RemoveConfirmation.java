package nestling.ui.settings;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import nestling.ui.common.Alerts;
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
        Alert alert = Alerts.question(Alert.AlertType.CONFIRMATION, near.getScene().getWindow(), dialogId,
                context.text("settings.remove.heading"), question, keep, remove, 520);
        alert.getDialogPane().lookupButton(remove).setId(dialogId + "-remove");
        alert.getDialogPane().lookupButton(keep).setId(dialogId + "-keep");
        return alert.showAndWait().filter(remove::equals).isPresent();
    }
}
