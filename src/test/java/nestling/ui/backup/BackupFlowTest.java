package nestling.ui.backup;

import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.ComboBox;
import nestling.ui.common.Theme;
import nestling.ui.testing.Screenshots;
import nestling.ui.testing.WindowTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Back up to a "USB stick" folder in the real window, then open the window with that file and merge it back. */
class BackupFlowTest {
    @TempDir
    Path temp;

    private WindowTesting app;

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void backUpToADriveThenMergeTheFileBackChangesNothing() throws Exception {
        Path drive = Files.createDirectories(temp.resolve("media").resolve("USB-STICK"));
        app = new WindowTesting(temp.resolve("nestling"), window -> { });
        app.unlock();
        app.robot.clickOn("#nav-backup");
        app.ui.drainTasks();
        assertTrue(app.text("#backup-last").startsWith("No backup"));
        fx(() -> app.robot.lookup("#backup-destination").queryAs(ComboBox.class).setValue(drive));
        Screenshots.save(app.window().scene(), "40-backup-light");
        fx(() -> app.window().shell().changeTheme(Theme.DARK));
        Screenshots.save(app.window().scene(), "41-backup-dark");
        fx(() -> app.window().shell().changeTheme(Theme.LIGHT));

        app.robot.clickOn("#backup-now-button");
        app.ui.drainTasks();
        waitUntil("verified", () -> app.text("#backup-status").startsWith("Backup saved and verified"));
        assertTrue(app.text("#backup-last").startsWith("Last backup today"), app.text("#backup-last"));
        Path file;
        try (Stream<Path> files = Files.list(drive)) {
            List<Path> found = files.toList();
            assertEquals(1, found.size());
            file = found.getFirst();
        }
        Screenshots.save(app.window().scene(), "42-backup-verified");

        // Opened from the desktop with the backup file: after unlock the Backup screen checks it.
        fx(() -> app.window().shell().sessionLock().lock());
        waitUntil("locked", () -> app.window().shell() == null);
        fx(() -> app.window().openBackupAfterUnlock(file));
        app.unlock();
        app.ui.drainTasks();
        waitUntil("the file was checked", () -> !app.text("#backup-import-summary").isEmpty());
        assertTrue(app.text("#backup-import-summary").contains("1 baby: Ada"), app.text("#backup-import-summary"));
        assertTrue(app.text("#backup-opened").startsWith("Nestling was opened with this backup file"));
        Screenshots.save(app.window().scene(), "43-backup-inspected");
        fx(() -> app.robot.lookup("#backup-merge-button").queryButton().fire());
        app.ui.drainTasks();
        waitUntil("merged", () -> !app.text("#backup-import-result").isEmpty());
        assertTrue(app.text("#backup-import-result").startsWith("Merged: nothing changed"), app.text("#backup-import-result"));
        assertEquals(List.of("Ada"), onFx(() -> app.window().shell().babies().stream().map(b -> b.name()).toList()));
        Screenshots.save(app.window().scene(), "44-backup-merged");
    }
}
