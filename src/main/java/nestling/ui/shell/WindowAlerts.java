package nestling.ui.shell;

import javafx.stage.Stage;
import nestling.notify.Notifier;
import nestling.notify.Notifiers;
import nestling.reminders.ReminderBook;
import nestling.ui.reminders.ReminderAlerts;

/**
 * The window's reminders while the family's vault is unlocked (none for a copy), and the desktop
 * notifier they use: chosen once per window, and closed with it.
 */
final class WindowAlerts {
    private final Stage stage;
    /** The running alerts; null while locked (and for a copy). */
    private ReminderAlerts alerts;
    private Notifier notifier;

    WindowAlerts(Stage stage) {
        this.stage = stage;
    }

    /** Starts telling about {@code current}'s due reminders, in place of any before. */
    void startFor(ShellViewModel current) {
        stop();
        alerts = ReminderAlerts.forStage(current.context(), new ReminderBook(current.journal(),
                current.session().database(), current.context().clock()), stage, current.sessionLock()::isLocked,
                notifier());
        alerts.start();
    }

    /** Locked, or showing a copy: reminders wait until the next unlock. */
    void stop() {
        if (alerts != null) {
            alerts.stop();
            alerts = null;
        }
    }

    /** The window closed: a tray icon left behind would keep AWT, and so the app, running. */
    void close() {
        stop();
        Notifier used = notifier;
        notifier = null;
        if (used != null) {
            Thread.ofPlatform().name("notifier-close").start(used::close); // AWT's own calls, off the FX thread
        }
    }

    /** The desktop's notifications, chosen once per window (the tray icon, if any, stays while it runs). */
    private Notifier notifier() {
        if (notifier == null) {
            notifier = Notifiers.forThisSystem();
        }
        return notifier;
    }
}
