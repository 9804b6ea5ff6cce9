package nestling.ui.shell;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.Scene;
import nestling.domain.Baby;
import nestling.domain.BottleContent;
import nestling.domain.EntryData;
import nestling.domain.Sex;
import nestling.domain.Side;
import nestling.domain.SleepKind;
import nestling.domain.TimerKind;
import nestling.journal.Journal;
import nestling.store.Database;
import nestling.store.LockScreenFile;
import nestling.store.VaultSession;
import nestling.ui.today.DashboardData;
import nestling.ui.today.FirstDashboard;
import nestling.ui.common.BackgroundTasks;
import nestling.ui.common.Failures;
import nestling.ui.common.UiContext;

/**
 * The first unlock's work after the vault opened, rehearsed once on throwaway data while a parent
 * types the passphrase (issue 20: unlock to Today within the key derivation + 150 ms at 10k
 * entries). JDK 25's AOT cache holds the classes loaded, not compiled code, so after a start every
 * step that follows the derivation ran for the first time, interpreted, after Return: Today's
 * reads (60–90 ms at 10k entries), the lock-screen file's (30), building the shell (60–70), its
 * CSS, layout and first rendering (70–120). Rehearsed: KDF + 240 became KDF + 115 in all.
 *
 * <p>The shell is styled in the window's own frame, unseen ({@link ScreenFrame#styleUnseen}):
 * JavaFX keeps which rules match which nodes per scene root, so the real shell then finds them
 * matched. It is rendered once in a scene of its own, into an image dropped at once.
 *
 * <p>Throwaway only: an in-memory database with one made-up baby and four days of entries, a
 * session on a detached vault (nothing saved or written anywhere, {@link VaultSession#rehearsal}),
 * a worker of its own (the window's stays free for the unlock), failures logged and never shown.
 * The FX thread's part comes in three steps between key presses, and none of them runs once the
 * unlock has started ({@link #stop}).
 */
final class UnlockRehearsal {
    private static final System.Logger LOG = System.getLogger(UnlockRehearsal.class.getName());

    /** The rehearsal's throwaway session and what its first screen shows. */
    private record Rehearsed(VaultSession session, ShellStart start, DashboardData dashboard) {
    }

    private final UiContext context;
    private final BackgroundTasks tasks;
    private final Consumer<Scene> style;
    private final Consumer<Parent> styleInWindow;
    private final double width;
    private final double height;
    private final CompletableFuture<Boolean> done = new CompletableFuture<>();
    private volatile boolean stopped;

    private UnlockRehearsal(UiContext window, Consumer<Parent> styleInWindow, Consumer<Scene> style, double width,
            double height) {
        this.tasks = new BackgroundTasks();
        this.context = new UiContext(window.bundle(), window.vaultDirectory(), window.vaultOptions(), tasks,
                window.clock(), window.tick(), Failures.quiet());
        this.style = style;
        this.styleInWindow = styleInWindow;
        this.width = width;
        this.height = height;
    }

    /**
     * Starts the rehearsal (call on the FX thread) for a window of {@code width} × {@code height}
     * styled by {@code style}; returns at once.
     */
    static UnlockRehearsal start(UiContext window, Consumer<Parent> styleInWindow, Consumer<Scene> style,
            double width, double height) {
        UnlockRehearsal rehearsal = new UnlockRehearsal(window, styleInWindow, style, width, height);
        rehearsal.tasks.run(rehearsal::prepare, rehearsal::build, failure -> {
            logged(failure); // prepare closed its database
            rehearsal.ended(false, failure);
        });
        return rehearsal;
    }

    /** The unlock has started: no further step of the rehearsal takes the FX thread from it. */
    void stop() {
        stopped = true;
    }

    /**
     * Completes once the rehearsal is over and cleaned up: true if it went through every step, false
     * if the unlock stopped it first; exceptionally with what made it stop early.
     */
    CompletableFuture<Boolean> done() {
        return done;
    }

    /** On the rehearsal's worker: the throwaway family, then what the unlock reads before Today. */
    private Rehearsed prepare() {
        Clock clock = context.clock();
        Database database = Database.createEmpty();
        try {
            Journal journal = Journal.of(database, clock);
            Instant now = clock.instant();
            Baby baby = journal.family().addBaby("Rehearsal", now.minus(Duration.ofDays(40)), ZoneOffset.UTC,
                    Sex.FEMALE, null);
            UUID id = baby.meta().id();
            // four days of what Today's cards and reminders read (a feed and a diaper every three
            // hours, a sleep between): as much as the unlock reads at 10k entries, so its loops run too
            for (int hours = 4 * 24; hours > 0; hours -= 3) {
                Instant at = now.minus(Duration.ofHours(hours));
                if (hours % 2 == 0) {
                    journal.entries().log(id, at, at.plus(Duration.ofMinutes(20)),
                            new EntryData.Breastfeeding(600, 540, Side.RIGHT, 1, 0, null));
                } else {
                    journal.entries().log(id, at, null, new EntryData.Bottle(BottleContent.FORMULA, 90, null));
                }
                journal.entries().log(id, at.plus(Duration.ofMinutes(25)), null,
                        new EntryData.Diaper(true, hours % 4 == 0, false, null, null, false, null));
                journal.entries().log(id, at.plus(Duration.ofMinutes(40)), at.plus(Duration.ofMinutes(150)),
                        new EntryData.Sleep(SleepKind.NAP, null, null));
            }
            journal.timers().start(id, TimerKind.SLEEP, null, null);
            VaultSession session = VaultSession.rehearsal(database, context.vaultOptions());
            // read as the unlock reads it, a few times: its loops then run compiled, not only once
            ShellStart start = null;
            DashboardData dashboard = null;
            for (int time = 0; time < 5; time++) {
                LockScreenFile.contentFor(database, now);
                start = ShellStart.readSettingsAndBabies(session, clock);
                dashboard = ShellStart.readDashboard(session, clock, baby);
            }
            return new Rehearsed(session, start, dashboard);
        } catch (RuntimeException | Error e) {
            database.close();
            throw e;
        }
    }

    /** FX, first step: the shell and Today built on the throwaway session; then styled unseen, then rendered. */
    private void build(Rehearsed rehearsed) {
        if (stopped) {
            finish(rehearsed, null, null);
            return;
        }
        Parent shell;
        try {
            // as after the unlock: the dashboard arrives once the shell is built
            FirstDashboard first = FirstDashboard.pending(rehearsed.dashboard().babyId());
            ShellViewModel model = new ShellViewModel(context, rehearsed.session(), () -> { }, () -> { },
                    rehearsed.start().withDashboard(first));
            shell = new ShellView(model).root();
            first.arrive(rehearsed.dashboard());
        } catch (RuntimeException | LinkageError e) {
            logged(e);
            finish(rehearsed, null, e);
            return;
        }
        Platform.runLater(() -> step(rehearsed, null, () -> {
            // styled in the window's own frame, whose style cache the real shell then finds filled
            styleInWindow.accept(shell);
            Platform.runLater(() -> {
                Scene scene = new Scene(shell, width, height);
                step(rehearsed, scene, () -> {
                    style.accept(scene);
                    scene.snapshot(null); // rendered as a frame is, into an image dropped at once
                    finish(rehearsed, scene, null);
                });
            });
        }));
    }

    /** An FX step, unless the unlock started meanwhile; a failure ends the rehearsal quietly. */
    private void step(Rehearsed rehearsed, Scene scene, Runnable work) {
        if (stopped) {
            finish(rehearsed, scene, null);
            return;
        }
        try {
            work.run();
        } catch (RuntimeException | LinkageError e) {
            logged(e);
            finish(rehearsed, scene, e);
        }
    }

    /**
     * Lets go of everything: the scene (its timers stop with it), the session, the worker. {@code
     * failure}: what ended the rehearsal early, if anything did.
     */
    private void finish(Rehearsed rehearsed, Scene scene, Throwable failure) {
        boolean whole = failure == null && !stopped;
        if (scene != null) {
            scene.setRoot(new Group()); // out of a scene, Today's clock and the shell's idle check stop
        }
        tasks.run(() -> {
            rehearsed.session().close();
            return null;
        }, closed -> ended(whole, failure), closeFailed -> ended(false, failure != null ? failure : closeFailed));
    }

    private void ended(boolean whole, Throwable failure) {
        tasks.close();
        if (failure != null) {
            done.completeExceptionally(failure);
        } else {
            done.complete(whole);
        }
    }

    private static void logged(Throwable failure) {
        // only speed is lost: the unlock itself meets and reports any real problem
        LOG.log(System.Logger.Level.DEBUG, "unlock rehearsal stopped ({0})", failure.getClass().getSimpleName());
    }
}
