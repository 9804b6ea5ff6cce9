package nestling.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** The window's questions: one look, whole button texts, and the safe answer as the default. */
public final class Alerts {
    private Alerts() {
    }

    /**
     * A question over {@code owner} with a safe answer (the default, focused: Enter keeps things as
     * they are) and an answer that acts. Show it with {@code showAndWait()}.
     */
    public static Alert question(Alert.AlertType type, Window owner, String id, String heading, String text,
            ButtonType safe, ButtonType act, double width) {
        Alert alert = new Alert(type, text, safe, act);
        alert.initOwner(owner);
        alert.setHeaderText(heading);
        DialogPane pane = alert.getDialogPane();
        pane.setId(id);
        pane.setMinHeight(Region.USE_PREF_SIZE);
        pane.setPrefWidth(width);
        if (owner.getScene() != null) {
            pane.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        wholeButtons(pane);
        Button safeButton = (Button) pane.lookupButton(safe);
        safeButton.setDefaultButton(true);
        ((Button) pane.lookupButton(act)).setDefaultButton(false);
        alert.setOnShown(e -> safeButton.requestFocus());
        alert.setOnShowing(e -> roomForButtons(pane));
        return alert;
    }

    /** Widens the dialog where its answers (German runs long) need more room than it was given. */
    private static void roomForButtons(DialogPane pane) {
        pane.applyCss();
        Node bar = pane.lookup(".button-bar");
        if (bar != null) {
            double needed = Math.ceil(bar.prefWidth(-1) + pane.snappedLeftInset() + pane.snappedRightInset());
            if (needed > pane.getPrefWidth()) {
                pane.setPrefWidth(needed);
            }
        }
    }

    /**
     * Every button of {@code pane} shows its whole text: a button bar makes its buttons equally
     * wide, and two answers in a narrow dialog would cut a long one ("Make safety copy and
     * replace") to "…". Each button keeps its own width instead.
     */
    public static void wholeButtons(DialogPane pane) {
        for (ButtonType type : pane.getButtonTypes()) {
            Node button = pane.lookupButton(type);
            if (button instanceof Button b) {
                javafx.scene.control.ButtonBar.setButtonUniformSize(b, false);
                b.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
    }
}
