package nestling.ui.entry;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import nestling.ui.common.Alerts;
import nestling.ui.common.UiContext;

/**
 * "Discard this entry?", asked when Escape (or Cancel) would throw away what the parent typed.
 * "Keep editing" is the default, so a second Escape or an Enter loses nothing.
 */
final class DiscardQuestion {
    static final String ID = "entry-discard-dialog";

    private DiscardQuestion() {
    }

    /** @return whether the parent chose to discard */
    static boolean ask(UiContext context, Window form) {
        ButtonType discard = new ButtonType(context.text("entry.discard.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(context.text("entry.discard.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = Alerts.question(Alert.AlertType.CONFIRMATION, form, ID, context.text("entry.discard.heading"),
                context.text("entry.discard.text"), keep, discard, 440);
        alert.getDialogPane().lookupButton(discard).setId(ID + "-discard");
        alert.getDialogPane().lookupButton(keep).setId(ID + "-keep");
        return alert.showAndWait().filter(discard::equals).isPresent();
    }
}
