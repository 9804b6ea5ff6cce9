package nestling.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class UndoKeysTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static KeyEvent key(KeyCode code, boolean shift, boolean control) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, control, false, false);
    }

    @Test
    void ctrlZUndoesAndBothRedoKeysRedoOutsideTextFields() {
        Button button = new Button();
        assertEquals(Optional.of(UndoKeys.Action.UNDO), UndoKeys.of(key(KeyCode.Z, false, true), button));
        assertEquals(Optional.of(UndoKeys.Action.REDO), UndoKeys.of(key(KeyCode.Z, true, true), button));
        assertEquals(Optional.of(UndoKeys.Action.REDO), UndoKeys.of(key(KeyCode.Y, false, true), null));
        assertEquals(Optional.empty(), UndoKeys.of(key(KeyCode.Z, false, false), button), "a plain Z is no shortcut");
    }

    @Test
    void aTextFieldKeepsItsOwnUndoAndAConsumedKeyIsLeftAlone() {
        assertEquals(Optional.empty(), UndoKeys.of(key(KeyCode.Z, false, true), new TextField()));
        KeyEvent handled = key(KeyCode.Z, false, true);
        handled.consume();
        assertEquals(Optional.empty(), UndoKeys.of(handled, new Button()));
    }
}
