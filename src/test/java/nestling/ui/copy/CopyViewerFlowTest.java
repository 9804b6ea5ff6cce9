package nestling.ui.copy;

import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import nestling.backup.BackupExporter;
import nestling.backup.BackupScope;
import nestling.domain.Baby;
import nestling.domain.BottleContent;
import nestling.domain.EntryData;
import nestling.domain.LengthPosition;
import nestling.domain.Sex;
import nestling.journal.Journal;
import nestling.store.VaultSession;
import nestling.ui.shell.MainWindow;
import nestling.ui.testing.TestRobot;
import nestling.ui.testing.Screenshots;
import nestling.ui.testing.UiTesting;
import nestling.vault.SealedFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The grandparents' side: a copy for family (Ada's February, a passphrase of its own) double-clicked
 * on a computer with no vault. The window asks for the copy's passphrase, then shows Today as it was
 * when the copy was made, the history and the growth of the copy, under the band that says it is a
 * copy, with nothing that changes anything; the Nestling folder stays empty throughout.
 */
class CopyViewerFlowTest {
    private static final String PASS = "parents' own vault phrase";
    private static final String GRANDMA = "for grandma and grandpa";

    @TempDir
    Path dir;

    private final FxRobot robot = new TestRobot();
    private UiTesting ui;
    private MainWindow window;

    @AfterEach
    void tearDown() throws Exception {
        if (window != null && onFx(window::shell) != null) {
            onFx(window::shell).session().close();
        }
        FxToolkit.cleanupStages();
        if (ui != null) {
            ui.context.tasks().close();
        }
    }

    @Test
    void aCopyOpensReadOnlyWithoutAVaultAndShowsItsDays() throws Exception {
        Path grandmasHome = Files.createDirectories(dir.resolve("grandma"));
        ui = new UiTesting(grandmasHome);
        Path copy = copyForGrandma();

        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            window = new MainWindow(ui.context, stage, 1024, 640);
            window.openBackupAfterUnlock(copy); // what a double-click hands the window
            window.start(false); // this computer has no vault
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        waitUntil("the copy screen", () -> showing("#copy-passphrase"));
        assertFalse(showing("#copy-unlock-instead"), "no vault here to merge it into");
        Screenshots.save(window.scene(), "copy-open");
        robot.clickOn("#copy-passphrase").write(GRANDMA).type(KeyCode.ENTER);
        waitUntil("the copy shown", () -> window.shell() != null);
        ui.drainTasks();

        String band = text("#read-only-band");
        assertTrue(band.startsWith("Viewing a copy from ") && band.endsWith(" \u2014 changes are not possible."), band);
        assertEquals("Read-only", text("#save-status"));
        assertEquals("Close copy", text("#lock-button"));
        for (String gone : List.of("#nav-backup", "#nav-settings", "#nav-about", "#quick-card", "#quick-wet", "#today-new",
                "#today-backup")) {
            assertFalse(showing(gone), gone + " offers a change");
        }
        waitUntil("today as it was", () -> !text("#diaper-last").isEmpty());
        assertEquals("5 h 0 min", text("#diaper-last"), "the last diaper, seen at the copy's time (03:00)");
        Screenshots.save(window.scene(), "copy-today");

        robot.clickOn("#nav-history");
        ui.drainTasks();
        waitUntil("the copy's entries", () -> table("#history-table").getItems().size() == 3);
        assertFalse(showing("#history-delete"));
        assertFalse(showing("#history-new"));
        assertNull(onFx(() -> table("#history-table").getContextMenu()), "no edit, duplicate or delete");
        Node firstRow = onFx(() -> robot.lookup(".table-row-cell").nth(0).query());
        robot.doubleClickOn(firstRow);
        ui.drainTasks();
        assertEquals(1, onFx(() -> javafx.stage.Window.getWindows().size()), "a double click opens no form");
        Screenshots.save(window.scene(), "copy-history");

        robot.clickOn("#nav-growth");
        ui.drainTasks();
        waitUntil("the copy's measurement", () -> table("#growth-table").getItems().size() == 1);
        Screenshots.save(window.scene(), "copy-growth");
        robot.clickOn("#nav-timeline");
        ui.drainTasks();
        assertFalse(showing("#timeline-undo"), "nothing to take back in a copy");
        robot.clickOn("#nav-insights");
        ui.drainTasks();
        // The keyboard help promises only what a copy does: no logging keys, no undo, Ctrl+L closes it.
        robot.type(KeyCode.F1);
        waitUntil("help shows", () -> onFx(() -> window.help().isShowing()));
        List<String> helpTexts = onFx(() -> robot.lookup(".help-key").queryAll().stream()
                .map(node -> ((javafx.scene.control.Label) node).getText()).toList());
        assertEquals(List.of("F1  /  ?", "Esc", "Ctrl+L", "Ctrl+Q", "Alt+1 \u2026 Alt+5", "Ctrl+F", "Ctrl+1 \u2026 Ctrl+9",
                "\u2190  /  \u2192", "Tab  /  Shift+Tab"), helpTexts);
        assertFalse(showing("#help-note-fever"), "Today's logging rules are not a copy's");
        robot.type(KeyCode.ESCAPE);
        waitUntil("help hidden", () -> !onFx(() -> window.help().isShowing()));

        try (Stream<Path> inHome = Files.list(grandmasHome)) {
            assertEquals(List.of(), inHome.toList(), "no vault, no lock file, no log: nothing written");
        }
        robot.clickOn("#lock-button");
        waitUntil("closed", () -> showing("#create-screen"));
        try (Stream<Path> inHome = Files.list(grandmasHome)) {
            assertEquals(List.of(), inHome.toList());
        }
        assertEquals(0, ui.context.failures().reportedCount());
    }

    /**
     * The parents' vault (Ada and Ben) and the copy they make for grandma: Ada's February, under a
     * passphrase of its own. January, Ben, and what came after are left at home.
     */
    private Path copyForGrandma() throws Exception {
        Path stick = Files.createDirectories(dir.resolve("stick"));
        try (VaultSession family = VaultSession.create(dir.resolve("parents"), PASS.toCharArray(), ui.context.vaultOptions());
                SealedFile.Key own = SealedFile.newKey(GRANDMA.toCharArray(), ui.context.vaultOptions())) {
            Journal journal = Journal.of(family.database(), ui.clock);
            Baby ada = journal.family().addBaby("Ada", Instant.parse("2026-01-10T08:30:00Z"), ZoneOffset.UTC, Sex.FEMALE, null);
            Baby ben = journal.family().addBaby("Ben", Instant.parse("2026-01-10T08:40:00Z"), ZoneOffset.UTC, Sex.MALE, null);
            EntryData wet = new EntryData.Diaper(true, false, false, null, null, false, null);
            journal.entries().log(ada.meta().id(), Instant.parse("2026-02-28T22:00:00Z"), null, wet);
            journal.entries().log(ada.meta().id(), Instant.parse("2026-03-01T01:00:00Z"), null,
                    new EntryData.Bottle(BottleContent.FORMULA, 120, null));
            journal.entries().log(ada.meta().id(), Instant.parse("2026-02-20T10:00:00Z"), null,
                    new EntryData.Growth(4300, 550, LengthPosition.LYING, 375, null));
            journal.entries().log(ada.meta().id(), Instant.parse("2026-01-20T10:00:00Z"), null, wet);
            journal.entries().log(ben.meta().id(), Instant.parse("2026-02-28T21:00:00Z"), null, wet);
            return BackupExporter.export(family.database(), stick, own, new BackupScope(ada.meta().id(),
                    Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-03-02T00:00:00Z")),
                    ui.context.vaultOptions()).file();
        }
    }

    private boolean showing(String id) {
        return onFx(() -> robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false));
    }

    private String text(String id) {
        return onFx(() -> robot.lookup(id).queryAs(Labeled.class).getText());
    }

    private TableView<?> table(String id) {
        return onFx(() -> robot.lookup(id).queryAs(TableView.class));
    }
}
