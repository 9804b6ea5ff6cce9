package nestling.ui.testing;

import static nestling.ui.testing.UiTesting.PASS;
import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import nestling.domain.Baby;
import nestling.domain.EntryData;
import nestling.domain.Sex;
import nestling.journal.Journal;
import nestling.store.VaultSession;
import nestling.ui.shell.MainWindow;
import nestling.ui.shell.ShellViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on the Headless platform: over a vault seeded beforehand (by default one baby and
 * one entry), locked; or on an empty folder, through the create screen ({@link #created}).
 */
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
        this(ui);
        try (VaultSession session = VaultSession.create(ui.context.vaultDirectory(), PASS.toCharArray(),
                ui.context.vaultOptions())) {
            seed.into(session, ui);
            session.flush();
        }
        open(width, height, true, beforeStart);
    }

    private WindowTesting(UiTesting ui) throws Exception {
        this.ui = ui;
        FxToolkit.registerPrimaryStage();
    }

    private void open(double width, double height, boolean vaultExists, Consumer<MainWindow> beforeStart)
            throws Exception {
        FxToolkit.setupStage(stage -> {
            window = new MainWindow(ui.context, stage, width, height);
            beforeStart.accept(window);
            window.start(vaultExists);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The window on an empty folder, where the parent creates the vault on the first screen; returns
     * once the shell shows (no baby yet: Today offers to add one).
     */
    public static WindowTesting created(Path dir, double width, double height) throws Exception {
        WindowTesting app = new WindowTesting(new UiTesting(dir));
        app.open(width, height, false, window -> { });
        app.robot.clickOn("#create-passphrase").write(PASS);
        app.robot.clickOn("#create-confirmation").write(PASS);
        app.robot.clickOn("#create-button");
        waitUntil("the shell shows", () -> app.window.shell() != null);
        app.ui.drainTasks();
        return app;
    }

    /**
     * The window opened locked at 1024×640 over what {@code seed} wrote, once the lock screen shows
     * its first {@code babies} babies (their quick logs work without the passphrase).
     */
    public static WindowTesting onLockScreen(Path dir, int babies, JournalSeed seed) throws Exception {
        WindowTesting app = new WindowTesting(dir, 1024, 640,
                (session, ui) -> seed.into(Journal.of(session.database(), ui.clock), ui), window -> { });
        String last = "#locked-" + (babies - 1) + "-name";
        try {
            waitUntil("the lock screen's babies", () -> app.robot.lookup(last).tryQuery().isPresent());
        } catch (AssertionError e) {
            app.close(); // the caller never gets the window to close
            throw e;
        }
        return app;
    }

    /** What a lock-screen test writes before the window opens, through the journal at the test's clock. */
    @FunctionalInterface
    public interface JournalSeed {
        void into(Journal journal, UiTesting ui) throws Exception;
    }

    /** A baby born 2026-01-10 08:30 UTC, no sex given: the lock-screen tests' babies. */
    public static Baby addBaby(Journal journal, String name) {
        return journal.family().addBaby(name, Instant.parse("2026-01-10T08:30:00Z"), ZoneOffset.UTC, null, null);
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

    /** Whether the node {@code id} is there and visible. */
    public boolean showing(String id) {
        return onFx(() -> robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false));
    }

    /** Lets a write's background task and the reload it starts both finish. */
    public void settle() {
        ui.drainTasks();
        ui.drainTasks();
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
