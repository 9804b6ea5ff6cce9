package nestling.ui.shell;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Undo and redo for the whole window: Ctrl+Z undoes the newest change to entries from any screen,
 * Ctrl+Shift+Z or Ctrl+Y redoes it (Cmd on macOS). While a text field has the focus the keys are
 * the field's own undo and redo of typing, never the journal's.
 */
final class UndoKeys {
    /** What a key asks for. */
    enum Action {
        UNDO, REDO
    }

    static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private UndoKeys() {
    }

    /** The action {@code event} asks for, or empty (not our keys, or a text field is being typed in). */
    static Optional<Action> of(KeyEvent event, Node focusOwner) {
        if (event.isConsumed() || focusOwner instanceof TextInputControl) {
            return Optional.empty();
        }
        if (UNDO.match(event)) {
            return Optional.of(Action.UNDO);
        }
        if (REDO.match(event) || REDO_Y.match(event)) {
            return Optional.of(Action.REDO);
        }
        return Optional.empty();
    }
}
