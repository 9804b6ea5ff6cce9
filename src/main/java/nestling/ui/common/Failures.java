package nestling.ui.common;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * What a parent sees when something in the window breaks: a calm message that says what could not
 * be done and that the data is safe, never a click that silently does nothing. The failure goes to
 * the activity log as its class and stack frames (the log's formatter leaves out messages, which
 * may quote a family's data).
 *
 * <p>One per window, on the FX thread. It is also the FX thread's uncaught-exception handler
 * ({@link #install}), so a failure nobody expected still reaches the parent.
 */
public final class Failures {
    private static final System.Logger LOG = System.getLogger(Failures.class.getName());

    private final AtomicInteger reported = new AtomicInteger();
    private final boolean toldToParent;
    private Alert showing;

    public Failures() {
        this(true);
    }

    private Failures(boolean toldToParent) {
        this.toldToParent = toldToParent;
    }

    /**
     * For work the parent did not ask for and would not understand a message about (the unlock
     * rehearsal, nestling.ui.shell): a failure is logged and counted, never shown.
     */
    public static Failures quiet() {
        return new Failures(false);
    }

    /**
     * Makes this the handler of the current (FX) thread's uncaught exceptions, worded from
     * {@code context} as it is at the time of the failure (the language may change meanwhile).
     */
    public void install(java.util.function.Supplier<UiContext> context) {
        Thread.currentThread().setUncaughtExceptionHandler((thread, failure) -> {
            UiContext current = context.get();
            show(current, current.text("failure.unexpected"), failure);
        });
    }

    /**
     * Runs {@code action}; if it fails, shows {@code message} (which names what could not be done)
     * instead of letting the failure vanish. Returns whether the action completed.
     */
    public boolean attempt(UiContext context, String message, Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException | LinkageError failure) {
            show(context, message, failure);
            return false;
        }
    }

    /** Logs {@code failure} and tells the parent {@code message}, once while a message is up. */
    public void show(UiContext context, String message, Throwable failure) {
        reported.incrementAndGet();
        if (!toldToParent) {
            LOG.log(System.Logger.Level.DEBUG, "work the parent did not ask for failed", failure);
            return;
        }
        LOG.log(System.Logger.Level.ERROR, "a window action failed; the parent was told", failure);
        if (showing != null) {
            return; // one calm message at a time, not a cascade of them
        }
        try {
            Alert alert = new Alert(Alert.AlertType.ERROR, message + "\n\n"
                    + context.formats().message("failure.whatToDo", context.vaultDirectory().resolve("logs")),
                    ButtonType.OK);
            alert.setHeaderText(context.text("failure.heading"));
            alert.setTitle(context.text("app.title"));
            alert.getDialogPane().setId("failure-dialog");
            alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
            alert.getDialogPane().setPrefWidth(520);
            Alerts.wholeButtons(alert.getDialogPane());
            owner().ifPresent(owner -> {
                alert.initOwner(owner);
                alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            });
            alert.setOnHidden(e -> showing = null);
            showing = alert;
            alert.show();
        } catch (RuntimeException | LinkageError alertFailed) {
            showing = null;
            LOG.log(System.Logger.Level.ERROR, "the failure message could not be shown", alertFailed);
        }
    }

    /** How many failures were reported so far (tests: a window that broke silently fails them). */
    public int reportedCount() {
        return reported.get();
    }

    /** The message showing now, if any. */
    public Optional<Alert> showing() {
        return Optional.ofNullable(showing);
    }

    private static Optional<Window> owner() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof Stage stage && stage.getOwner() == null && w.isShowing() && w.getScene() != null)
                .findFirst();
    }
}
