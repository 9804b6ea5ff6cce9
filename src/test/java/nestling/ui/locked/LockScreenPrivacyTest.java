package nestling.ui.locked;

import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import nestling.domain.EntryData;
import nestling.store.LockScreenFile;
import nestling.ui.testing.WindowTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The setting that turns the lock screen's quick logs off keeps its promise: once it is off and the
 * window locks, a marker baby name is in no text of the lock screen and in no file of the vault
 * folder but the encrypted vault (and its encrypted snapshots). While on, the same scans find it.
 */
class LockScreenPrivacyTest {
    private static final String MARKER = "Quillon Zephyrine Marker";

    @TempDir
    Path dir;

    private WindowTesting app;

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    @Test
    void withTheSettingOffTheLockedWindowAndTheFolderHoldNoName() throws Exception {
        app = WindowTesting.onLockScreen(dir, 2, (journal, ui) -> {
            var baby = WindowTesting.addBaby(journal, MARKER);
            WindowTesting.addBaby(journal, "Ada");
            journal.entries().log(baby.meta().id(), ui.clock.instant(), null, new EntryData.Bottle(null, 90, null));
        });
        assertTrue(onFx(() -> texts(app.window().scene().getRoot())).stream().anyMatch(t -> t.contains(MARKER)),
                "while on, the lock screen names the baby (so the scan below can see a name)");
        assertTrue(filesNaming(MARKER).contains(LockScreenFile.path(dir)), "while on, the lock-screen file names it");

        app.unlock();
        app.robot.clickOn("#nav-settings");
        app.ui.drainTasks();
        CheckBox on = app.robot.lookup("#lock-screen-check").queryAs(CheckBox.class);
        waitUntil("the setting read", () -> !on.isDisabled() && on.isSelected());
        fx(on::fire);
        app.ui.drainTasks();
        assertFalse(Files.exists(LockScreenFile.path(dir)), "off: the file is deleted at once");
        fx(() -> app.window().shell().sessionLock().lock());
        waitUntil("locked", () -> app.robot.lookup("#unlock-screen").tryQuery().isPresent());
        app.ui.drainTasks();

        nestling.ui.testing.Screenshots.save(app.window().scene(), "lock-screen-off");
        List<String> shown = onFx(() -> texts(app.window().scene().getRoot()));
        assertTrue(shown.contains("Unlock Nestling"), "the scan reads the lock screen's texts");
        assertFalse(shown.stream().anyMatch(t -> t.contains(MARKER)), "no name on the lock screen: " + shown);
        assertFalse(onFx(() -> app.robot.lookup("#locked-log").query().isVisible()), "no quick-log buttons");
        assertTrue(app.robot.lookup("#locked-0-wet").tryQuery().isEmpty(), "no quick-log buttons");
        assertTrue(filesNaming(MARKER).isEmpty(), "no name in any file beside the vault: " + filesNaming(MARKER));
        assertFalse(filesNaming("").isEmpty(), "the scan read files (every file holds the empty text)");
    }

    /** Every text a node of the window shows or tells a screen reader. */
    private static List<String> texts(Node node) {
        List<String> found = new ArrayList<>();
        switch (node) {
            case Labeled labeled -> found.add(labeled.getText());
            case TextInputControl input -> found.add(input.getText());
            case Text text -> found.add(text.getText());
            default -> { }
        }
        if (node.getAccessibleText() != null) {
            found.add(node.getAccessibleText());
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                found.addAll(texts(child));
            }
        }
        found.removeIf(t -> t == null);
        return found;
    }

    /** The files in the vault folder (all depths) but the encrypted vault and snapshots whose bytes hold {@code name}. */
    private List<Path> filesNaming(String name) throws Exception {
        List<byte[]> forms = List.of(name.getBytes(StandardCharsets.UTF_8), name.getBytes(StandardCharsets.UTF_16LE),
                name.getBytes(StandardCharsets.UTF_16BE));
        List<Path> naming = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".vault"))
                    .toList()) {
                byte[] bytes = Files.readAllBytes(file);
                if (forms.stream().anyMatch(form -> indexOf(bytes, form) >= 0)) {
                    naming.add(file);
                }
            }
        }
        return naming;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
