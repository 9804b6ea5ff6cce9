package nestling.ui.reminders;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.stage.Stage;
import nestling.notify.Beep;
import nestling.notify.Notifier;
import nestling.reminders.Reminder;
import nestling.reminders.ReminderBook;
import nestling.reminders.ReminderWatch;
import nestling.reminders.Reminders;
import nestling.ui.common.UiContext;

/**
 * Looks at the reminders every {@link #EVERY} while the vault is unlocked and tells the parent about
 * each that starts calling (see {@link ReminderWatch}): with the window in front, Today's cards are
 * enough; behind other windows or minimised, an OS notification ({@link Notifier}), and where there is
 * none (or it fails) the window asks for attention instead. The optional sound goes with either.
 *
 * <p>While locked nothing is evaluated: the vault's data is out of memory, and what the lock screen
 * holds (the babies' names) says nothing about what is due. Reminders wait and are announced once
 * after the unlock (the shell starts a new watch). The reads and the notifier run on the background
 * worker, never on the FX thread.
 */
public final class ReminderAlerts {
    /** How often the reminders are evaluated; a minute's delay is fine for a feed or a dose. */
    public static final Duration EVERY = Duration.ofSeconds(30);
    private final UiContext context;
    private final ReminderBook book;
    private final BooleanSupplier inFront;
    private final BooleanSupplier locked;
    private final Notifier notifier;
    private final Runnable attention;
    private final ReminderWatch watch = new ReminderWatch();
    private Timeline timer;

    /**
     * @param inFront the window is focused and not minimised: no notification is needed
     * @param locked the vault is locked (or locking): nothing is evaluated
     * @param attention the fallback when no notification could be shown (FX thread)
     */
    public ReminderAlerts(UiContext context, ReminderBook book, BooleanSupplier inFront, BooleanSupplier locked,
            Notifier notifier, Runnable attention) {
        this.context = context;
        this.book = Objects.requireNonNull(book);
        this.inFront = inFront;
        this.locked = locked;
        this.notifier = Objects.requireNonNull(notifier);
        this.attention = attention;
    }

    /** For the main window: the stage's focus and iconified state, {@link Stage#toFront()} as the fallback. */
    public static ReminderAlerts forStage(UiContext context, ReminderBook book, Stage stage, BooleanSupplier locked,
            Notifier notifier) {
        return new ReminderAlerts(context, book, () -> stage.isFocused() && !stage.isIconified(), locked, notifier,
                stage::toFront);
    }

    /** Starts looking every {@link #EVERY} (FX thread); the first look comes after one period. */
    public void start() {
        stop();
        timer = new Timeline(new KeyFrame(javafx.util.Duration.millis(EVERY.toMillis()), e -> check()));
        timer.setCycleCount(Animation.INDEFINITE);
        timer.play();
    }

    /** Stops looking (the vault locks, the window closes, the shell is rebuilt in another language). */
    public void stop() {
        if (timer != null) {
            timer.stop();
            timer = null;
        }
    }

    /** One look (FX thread): reads in the background, then announces what started calling. */
    public void check() {
        if (locked.getAsBoolean()) {
            return;
        }
        context.tasks().run(() -> {
            List<Reminder> fresh = fresh(book.now());
            return new Look(fresh, !fresh.isEmpty() && book.settings().sound());
        }, this::announce, failure -> { }); // a failed read (vault closing) just waits for the next look
    }

    private synchronized List<Reminder> fresh(List<Reminder> reminders) {
        return watch.fresh(Reminders.calling(reminders));
    }

    private void announce(Look look) {
        if (look.fresh().isEmpty() || locked.getAsBoolean() || inFront.getAsBoolean()) {
            return; // in front: Today's cards say it
        }
        String title = NotificationTexts.title(context.bundle());
        String body = NotificationTexts.body(context.bundle(), look.fresh());
        context.tasks().run(() -> {
            boolean shown = notifier.show(title, body);
            if (look.sound()) {
                Beep.sound();
            }
            return shown;
        }, shown -> {
            if (!shown) {
                attention.run();
            }
        }, failure -> attention.run());
    }

    private record Look(List<Reminder> fresh, boolean sound) {
    }
}
