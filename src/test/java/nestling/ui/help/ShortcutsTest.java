package nestling.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.ResourceBundle;
import java.util.Set;
import nestling.ui.common.UiContext;
import org.junit.jupiter.api.Test;

/** A shortcut another screen appends must come with its text, and no keys may be listed twice. */
class ShortcutsTest {
    @Test
    void everyShortcutHasItsTextAndDistinctKeys() {
        ResourceBundle bundle = UiContext.defaultBundle();
        Set<String> keys = new HashSet<>();
        for (Shortcut shortcut : Shortcuts.ALL) {
            assertTrue(bundle.containsKey(shortcut.textKey()), shortcut.textKey() + " is missing from messages.properties");
            assertTrue(keys.add(shortcut.keys()), shortcut.keys() + " is listed twice");
        }
        assertEquals("Ctrl+L", Shortcuts.ALL.stream().filter(s -> s.textKey().equals("help.keys.lock")).findFirst()
                .orElseThrow().keys());
    }
}
