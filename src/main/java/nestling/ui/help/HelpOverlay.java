package nestling.ui.help;

import java.util.List;
import javafx.event.EventHandler;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import nestling.ui.common.Controls;
import nestling.ui.common.UiContext;

/**
 * The keyboard help: F1 (or "?" while no text field has the focus) shows every shortcut from
 * {@link Shortcuts}; Escape, F1 again or the Close button hides it.
 */
public final class HelpOverlay {
    private static final double WIDTH = 680;
    private UiContext context;
    private final Scene scene;
    private List<Shortcut> shortcuts;
    private Popup popup;

    private HelpOverlay(UiContext context, Scene scene, List<Shortcut> shortcuts) {
        this.context = context;
        this.scene = scene;
        this.shortcuts = shortcuts;
    }

    /** Listens for F1 and "?" on {@code scene}. */
    public static HelpOverlay install(UiContext context, Scene scene) {
        HelpOverlay overlay = new HelpOverlay(context, scene, Shortcuts.ALL);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, overlay.pressed());
        scene.addEventFilter(KeyEvent.KEY_TYPED, overlay.typed());
        return overlay;
    }

    private EventHandler<KeyEvent> pressed() {
        return e -> {
            if (e.getCode() == KeyCode.F1) {
                toggle();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && isShowing()) {
                hide();
                e.consume();
            }
        };
    }

    private EventHandler<KeyEvent> typed() {
        return e -> {
            if ("?".equals(e.getCharacter()) && !(scene.getFocusOwner() instanceof TextInputControl)) {
                show();
                e.consume();
            }
        };
    }

    /**
     * Lists the keys of a window showing a copy ({@code true}) or the family's own vault: a copy
     * offers no change, and its help must not promise one.
     */
    public void forCopy(boolean copy) {
        hide();
        shortcuts = copy ? Shortcuts.COPY : Shortcuts.ALL;
    }

    /** Texts from now on come from {@code changed} (the window changed its language). */
    public void use(UiContext changed) {
        hide();
        this.context = changed;
    }

    public boolean isShowing() {
        return popup != null && popup.isShowing();
    }

    public void toggle() {
        if (isShowing()) {
            hide();
        } else {
            show();
        }
    }

    public void show() {
        if (isShowing() || scene.getWindow() == null) {
            return;
        }
        popup = new Popup();
        popup.setHideOnEscape(true);
        popup.setAutoHide(true);
        Node content = content();
        popup.getContent().add(content);
        popup.show(scene.getWindow());
        popup.setX(scene.getWindow().getX() + Math.max(0, (scene.getWidth() - WIDTH) / 2));
        popup.setY(scene.getWindow().getY() + 40);
    }

    /** The popup while it shows (for screenshots in tests), or null. */
    Popup popup() {
        return popup;
    }

    public void hide() {
        if (popup != null) {
            popup.hide();
            popup = null;
        }
    }

    /** The modifier keys as the keyboard in front of the parent labels them (German: Strg, Umschalt). */
    static String keyNames(java.util.ResourceBundle bundle, String keys) {
        return keys.replace("Ctrl+", bundle.getString("help.key.ctrl") + "+")
                .replace("Shift+", bundle.getString("help.key.shift") + "+");
    }

    private Node content() {
        GridPane grid = new GridPane(24, 10);
        grid.setId("help-shortcuts");
        ColumnConstraints keys = new ColumnConstraints();
        keys.setHalignment(HPos.RIGHT);
        // As wide as the longest keys ("Ctrl+Shift+Z / Ctrl+Y"), each on one line.
        keys.setMinWidth(Region.USE_PREF_SIZE);
        // The descriptions take the rest of the width and wrap there.
        ColumnConstraints descriptions = new ColumnConstraints();
        descriptions.setHgrow(Priority.ALWAYS);
        descriptions.setMinWidth(200);
        grid.getColumnConstraints().addAll(keys, descriptions);
        int row = 0;
        for (Shortcut shortcut : shortcuts) {
            String named = keyNames(context.bundle(), shortcut.keys());
            Label key = Controls.oneLine("help-key-" + row, named, "help-key");
            String what = context.text(shortcut.textKey())
                    + (shortcut.ready() ? "" : " " + context.text("help.coming"));
            Label text = Controls.text("help-text-" + row, what);
            text.setAccessibleText(named + ": " + what);
            grid.addRow(row++, key, text);
        }
        // The rules behind Today's suggestions and warnings, whole lines under the keys.
        VBox notes = new VBox(8, Controls.text("help-notes-heading", context.text("help.notes.heading"),
                "help-notes-heading"));
        for (String note : shortcuts == Shortcuts.COPY ? List.<String>of() : Shortcuts.TODAY_NOTES) {
            notes.getChildren().add(Controls.text("help-note-" + note.substring(note.lastIndexOf('.') + 1),
                    context.text(note)));
        }
        Button close = Controls.button("help-close", context.text("help.close"));
        close.setOnAction(e -> hide());
        // On a small screen (a 1366×768 laptop, a 1024×640 window) the list scrolls instead of
        // running past the window's bottom edge.
        ScrollPane list = new ScrollPane(new VBox(20, grid, notes));
        list.setId("help-list");
        list.setFitToWidth(true);
        list.getStyleClass().add("help-list");
        list.setMaxHeight(Math.max(160, scene.getHeight() - 200));
        VBox box = new VBox(16, Controls.text("help-heading", context.text("help.heading"), "subheading"), list, close);
        box.setId("help-overlay");
        box.getStyleClass().addAll("card", "help-overlay");
        box.getStylesheets().addAll(scene.getStylesheets());
        box.setPrefWidth(WIDTH);
        return box;
    }
}
