package nestling.ui.help;

import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import nestling.ui.testing.WindowTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HelpOverlayTest {
    @TempDir
    Path temp;

    private WindowTesting app;

    @AfterEach
    void tearDown() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void f1OpensTheShortcutsAndEscapeClosesThem() throws Exception {
        app = new WindowTesting(temp, window -> { });
        app.unlock();
        HelpOverlay help = onFx(() -> app.window().help());
        assertFalse(onFx(help::isShowing));
        app.robot.type(KeyCode.F1);
        waitUntil("help shows", help::isShowing);
        assertEquals("Keyboard shortcuts", app.text("#help-heading"));
        assertTrue(app.text("#help-text-2").startsWith("Lock Nestling now"));
        nestling.ui.testing.Screenshots.save(onFx(() -> help.popup().getScene()), "50-keyboard-help");
        assertEquals(Shortcuts.ALL.size(), onFx(() -> app.robot.lookup(".help-key").queryAll().size()));
        // The rules behind Today's suggestion and warning are said under the keys.
        assertTrue(app.text("#help-note-nextBreast").contains("other breast than the last feed started on"));
        assertTrue(app.text("#help-note-fever").contains("under 3 months") && app.text("#help-note-fever")
                .contains("38.0 \u00b0C") && app.text("#help-note-fever").contains("AAP"), app.text("#help-note-fever"));
        assertTrue(app.text("#help-note-repeat").contains("2 seconds"));
        app.robot.type(KeyCode.ESCAPE);
        waitUntil("help hidden", () -> !help.isShowing());
        assertTrue(onFx(() -> app.window().shell() != null), "Escape closed only the help");
    }

    @Test
    void aQuestionMarkOpensHelpButNotWhileTyping() throws Exception {
        app = new WindowTesting(temp, window -> { });
        HelpOverlay help = onFx(() -> app.window().help());
        app.robot.clickOn("#unlock-passphrase").write("?");
        assertFalse(onFx(help::isShowing), "a ? typed into the passphrase is just a character");
        app.robot.eraseText(1);
        app.unlock();
        app.robot.clickOn("#nav-settings");
        app.robot.write("?");
        waitUntil("help shows", help::isShowing);
        app.robot.type(KeyCode.F1);
        waitUntil("F1 again hides it", () -> !help.isShowing());
    }

    @Test
    void modifierKeysAreNamedAsTheKeyboardLabelsThem() {
        java.util.ResourceBundle german = java.util.ResourceBundle.getBundle("nestling.ui.messages", java.util.Locale.GERMAN);
        java.util.ResourceBundle english = java.util.ResourceBundle.getBundle("nestling.ui.messages", java.util.Locale.ENGLISH);
        assertEquals("Strg+Umschalt+Z  /  Strg+Y", HelpOverlay.keyNames(german, "Ctrl+Shift+Z  /  Ctrl+Y"));
        assertEquals("Ctrl+Shift+Z  /  Ctrl+Y", HelpOverlay.keyNames(english, "Ctrl+Shift+Z  /  Ctrl+Y"));
        assertEquals("Tab  /  Umschalt+Tab", HelpOverlay.keyNames(german, "Tab  /  Shift+Tab"));
    }
}
