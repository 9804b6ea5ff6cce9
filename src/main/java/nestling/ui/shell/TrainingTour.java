package nestling.ui.shell;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.util.Duration;
import nestling.store.VaultSession;
import nestling.ui.common.UiContext;

/**
 * The window's part of the AOT cache's training run (issue 20, {@code nestling.app.AotTraining}):
 * on a throwaway vault, unlocks, shows the sections it is given as a parent would visit them, locks (the lock
 * screen with its quick logs) and leaves. Everything it makes the JVM load, link and profile is in
 * the cache the installers ship, so a parent's window starts without doing that work again. Runs
 * only when the training run names it in the launch parameters; never in a family's window.
 */
final class TrainingTour {
    static final String PARAMETER = "trainingTour";
    /** The sections to visit, by name, comma-separated, in order. */
    static final String SECTIONS = "trainingTourSections";
    /** How long each screen stays up: its background loads and a few pulses finish in that time. */
    private static final Duration DWELL = Duration.millis(600);

    private final MainWindow window;
    private final UiContext context;
    private final char[] passphrase;
    private final List<Section> sections;

    private TrainingTour(MainWindow window, UiContext context, char[] passphrase, List<Section> sections) {
        this.window = window;
        this.context = context;
        this.passphrase = passphrase;
        this.sections = sections;
    }

    static String[] arguments(String passphrase, List<Section> sections) {
        return new String[] {"--" + PARAMETER + "=" + passphrase,
                "--" + SECTIONS + "=" + String.join(",", sections.stream().map(Section::name).toList())};
    }

    /** Starts the tour when the launch parameters ask for it; otherwise does nothing. */
    static void startIfAsked(Application.Parameters parameters, MainWindow window, UiContext context) {
        String passphrase = parameters.getNamed().get(PARAMETER);
        if (passphrase != null) {
            List<Section> sections = Arrays.stream(parameters.getNamed().getOrDefault(SECTIONS, "").split(","))
                    .filter(name -> !name.isEmpty()).map(Section::valueOf).toList();
            new TrainingTour(window, context, passphrase.toCharArray(), sections).unlockThenVisit();
        }
    }

    /** Unlocks off the FX thread, as the unlock screen does, then shows the shell and visits. */
    private void unlockThenVisit() {
        context.tasks().run(() -> VaultSession.unlock(context.vaultDirectory(), passphrase, context.vaultOptions()),
                session -> orFail(() -> {
                    window.showShell(session);
                    visit(new ArrayDeque<>(sections));
                }), TrainingTour::fail);
    }

    private void visit(Deque<Section> left) {
        PauseTransition dwell = new PauseTransition(DWELL);
        dwell.setOnFinished(done -> orFail(() -> {
            Section next = left.poll();
            if (next != null) {
                window.shell().sectionProperty().set(next);
                visit(left);
            } else {
                lockThenLeave();
            }
        }));
        dwell.play();
    }

    private void lockThenLeave() {
        window.shell().sessionLock().lock();
        PauseTransition dwell = new PauseTransition(DWELL.multiply(2));
        dwell.setOnFinished(done -> Platform.exit());
        dwell.play();
    }

    private static void orFail(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException | Error e) {
            fail(e);
        }
    }

    /**
     * A tour that stops half-way would leave the window open and the build waiting: the training
     * run ends at once, with a failure the build reports (a throwaway vault: nothing to save).
     */
    private static void fail(Throwable e) {
        System.err.println("the AOT training tour failed:");
        e.printStackTrace();
        System.exit(1);
    }
}
