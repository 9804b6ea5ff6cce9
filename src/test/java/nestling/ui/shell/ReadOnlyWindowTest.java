package nestling.ui.shell;

import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import nestling.store.SettingsRepository;
import nestling.ui.settings.Language;
import nestling.ui.settings.LanguageSetting;
import nestling.ui.testing.UiTesting;
import nestling.ui.testing.WindowTesting;
import nestling.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A vault unlocked from a folder that cannot be written (a read-only mount, a copy on a locked
 * stick): the window says so in a calm band at the top, and nothing pretends to be saved — the save
 * state reads "Read-only", then "Not saved" after a change, and the quick log's bar says "not saved".
 * The read-only decision is injected ({@link UiTesting#readOnlyFolder}), so this runs as root too.
 */
class ReadOnlyWindowTest {
    @TempDir
    Path dir;

    private WindowTesting window;

    @AfterEach
    void tearDown() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    private boolean showing(String id) {
        return onFx(() -> window.robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false));
    }

    private String tooltip(String id) {
        return onFx(() -> window.robot.lookup(id).queryAs(Labeled.class).getTooltip().getText());
    }

    @Test
    void aReadOnlyFolderIsSaidPlainlyAndAChangeIsNeverCalledSaved() throws Exception {
        UiTesting ui = new UiTesting(dir);
        window = new WindowTesting(ui, 1024, 640, WindowTesting.ADA, w -> { });
        byte[] before = Files.readAllBytes(Vault.vaultFile(dir));
        ui.readOnlyFolder.set(true);
        window.unlock();

        waitUntil("the read-only band", () -> showing("#read-only-band"));
        assertEquals("This vault's folder is read-only: you can look, but nothing you change will be saved."
                + " Copy the folder somewhere writable to keep working.", window.text("#read-only-band"));
        assertEquals("Read-only", window.text("#save-status"), "nothing changed yet, but not 'Saved' either");

        window.robot.clickOn("#quick-wet");
        waitUntil("the logged bar", () -> showing("#logged-bar"));
        waitUntil("not saved", () -> window.text("#save-status").equals("Not saved"));
        String bar = window.text("#logged-text");
        assertTrue(bar.startsWith("Wet diaper logged for Ada") && bar.contains("not saved"), bar);
        assertTrue(tooltip("#save-status").contains("read-only"), tooltip("#save-status"));
        assertFalse(tooltip("#save-status").contains("Next try"), "retrying cannot help: " + tooltip("#save-status"));
        assertFalse(showing("#save-reason"), "the band says it already; no second banner repeating it");
        Thread.sleep(1500); // the saver's retry: still not saved, and never "Saving…" for a write that cannot happen
        ui.drainTasks();
        assertEquals("Not saved", window.text("#save-status"));
        assertArrayEquals(before, Files.readAllBytes(Vault.vaultFile(dir)), "the vault file was written");

        // Settings never says "Bo is saved." either
        window.robot.clickOn("#nav-settings");
        ui.drainTasks();
        window.robot.clickOn("#baby-new");
        window.robot.clickOn("#baby-name").write("Bo");
        UiTesting.fx(() -> window.robot.lookup("#baby-birth-date").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(java.time.LocalDate.of(2026, 2, 14)));
        window.robot.clickOn("#baby-birth-time").write("23:10").type(javafx.scene.input.KeyCode.ENTER);
        ui.drainTasks();
        waitUntil("answered", () -> !window.text("#baby-saved").isEmpty());
        assertEquals("Bo is changed here, but not saved: the vault's folder is read-only.", window.text("#baby-saved"));
        assertArrayEquals(before, Files.readAllBytes(Vault.vaultFile(dir)), "the vault file was written");

        // Lock still locks (auto-lock too): what was changed could never be kept, and the band said so.
        window.robot.clickOn("#lock-button");
        waitUntil("locked", () -> window.robot.lookup("#unlock-screen").tryQuery().isPresent());
        assertArrayEquals(before, Files.readAllBytes(Vault.vaultFile(dir)), "the vault file was written");
    }

    @Test
    void theBandAndTheBarSpeakGerman() throws Exception {
        UiTesting ui = new UiTesting(dir, ResourceBundle.getBundle("nestling.ui.messages", Locale.GERMAN));
        window = new WindowTesting(ui, 1024, 640, (session, u) -> {
            WindowTesting.ADA.into(session, u);
            new LanguageSetting(new SettingsRepository(session.database())).store(Language.GERMAN);
        }, w -> { });
        ui.readOnlyFolder.set(true);
        window.unlock();

        waitUntil("the read-only band", () -> showing("#read-only-band"));
        assertTrue(window.text("#read-only-band").startsWith("Der Ordner dieses Tresors ist schreibgesch\u00fctzt"),
                window.text("#read-only-band"));
        assertEquals("Schreibgesch\u00fctzt", window.text("#save-status"));
        window.robot.clickOn("#quick-wet");
        waitUntil("not saved", () -> window.text("#save-status").equals("Nicht gespeichert"));
        String bar = window.text("#logged-text");
        assertTrue(bar.contains("nicht gespeichert"), bar);
        assertTrue(tooltip("#save-status").contains("schreibgesch\u00fctzt"), tooltip("#save-status"));
        nestling.ui.testing.Screenshots.save(window.window().scene(), "read-only-de");
    }

    @Test
    void aWritableFolderShowsNoBand() throws Exception {
        window = new WindowTesting(new UiTesting(dir), 1024, 640, WindowTesting.ADA, w -> { });
        window.unlock();
        waitUntil("saved", () -> window.text("#save-status").equals("Saved"));
        assertFalse(showing("#read-only-band"));
    }
}
