package nestling.ui.shell;

import java.util.Locale;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The screens in the left navigation, in their order there. */
public enum Section {
    TODAY, TIMELINE, HISTORY, GROWTH, INSIGHTS, BACKUP, SETTINGS, ABOUT;

    /** The bundle key of the section's name ("nav.today"). */
    public String key() {
        return "nav." + name().toLowerCase(Locale.ROOT);
    }

    /** The node id of its navigation button ("nav-today"). */
    public String id() {
        return "nav-" + name().toLowerCase(Locale.ROOT);
    }

    /** The keys that show it: Alt+1 for the first section … Alt+8 for the last. */
    public KeyCombination keys() {
        return new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(ordinal() + 1)), KeyCombination.ALT_DOWN);
    }
}
