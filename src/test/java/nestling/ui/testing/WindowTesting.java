package nestling.ui.testing;

import static nestling.ui.testing.UiTesting.PASS;
import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import nestling.domain.EntryData;
import nestling.domain.Sex;
import nestling.journal.Journal;
import nestling.store.VaultSession;
import nestling.ui.shell.MainWindow;
import nestling.ui.shell.ShellViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real window on the Headless platform over a vault with one baby and one entry. */
public final class WindowTesting {
    public final FxRobot robot = new TestRobot();
    public final UiTesting ui;
    private MainWindow window;
    /** Failures a test provokes on purpose; any beyond them fail {@link #close()}. */
    private int expectedFailures;

    /** What a test puts in the new vault before the window opens (the session is flushed after). */
    @FunctionalInterface
    public interface Seed {
        void into(VaultSession session, UiTesting ui) throws Exception;
    }

    /** The default family: Ada, one wet diaper, caregiver Sam. */
    public static final Seed ADA = (session, ui) -> {
        Journal journal = Journal.of(session.database(), ui.clock);
        var ada = journal.family().addBaby("Ada", Instant.parse("2026-01-10T08:30:00Z"), ZoneOffset.UTC, Sex.FEMALE, null);
        journal.entries().log(ada.meta().id(), Instant.parse("2026-02-28T22:00:00Z"), null,
                new EntryData.Diaper(true, false, false, null, null, false, null));
        journal.family().addCaregiver("Sam", null, "#3a7bd5");
    };

    public WindowTesting(Path dir, Consumer<MainWindow> beforeStart) throws Exception {
        this(dir, 980, 760, ADA, beforeStart);
    }

    public WindowTesting(Path dir, double width, double height, Seed seed, Consumer<MainWindow> beforeStart)
            throws Exception {
        this(new UiTesting(dir), width, height, seed, beforeStart);
    }

    /** The window over {@code ui}'s context (its language, clock and vault folder). */
    public WindowTesting(UiTesting ui, double width, double height, Seed seed, Consumer<MainWindow> beforeStart)
            throws Exception {
        Path dir = ui.context.vaultDirectory();
        this.ui = ui;
        FxToolkit.registerPrimaryStage();
        try (VaultSession session = VaultSession.create(dir, PASS.toCharArray(), ui.context.vaultOptions())) {
            seed.into(session, ui);
            session.flush();
        }
        FxToolkit.setupStage(stage -> {
            window = new MainWindow(ui.context, stage, width, height);
            beforeStart.accept(window);
            window.start(true);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    public MainWindow window() {
        return window;
    }

    public void unlock() {
        robot.clickOn("#unlock-passphrase").write(PASS).type(KeyCode.ENTER);
        waitUntil("unlocked", () -> window.shell() != null);
        ui.drainTasks();
    }

    public String text(String id) {
        return onFx(() -> robot.lookup(id).queryAs(Labeled.class).getText());
    }

    /** Tells {@link #close()} that the test provoked {@code count} failures on purpose. */
    public void expectFailures(int count) {
        expectedFailures = count;
    }

    /** Closes the window; fails if anything broke on the FX thread meanwhile (see {@code Failures}). */
    public void close() throws Exception {
        int failures = ui.context.failures().reportedCount() - expectedFailures;
        ShellViewModel shell = onFx(window::shell);
        if (shell != null && !shell.sessionLock().isLocked()) {
            shell.session().close();
        }
        FxToolkit.cleanupStages();
        ui.context.tasks().close();
        if (failures > 0) {
            throw new AssertionError(failures + " failure(s) in the window were reported to the parent (see the log above)");
        }
    }
}
