package nestling.ui.reminders;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import nestling.reminders.Reminder;
import nestling.reminders.ReminderState;

/**
 * What an OS notification says: the kind alone ("A dose is due"), never a baby's or a medicine's
 * name, because the desktop keeps notifications in its history where anyone at the computer can read
 * them (SECURITY.md).
 */
public final class NotificationTexts {
    private NotificationTexts() {
    }

    public static String title(ResourceBundle bundle) {
        return bundle.getString("notify.title");
    }

    /** One reminder: its kind and state; several: how many. */
    public static String body(ResourceBundle bundle, List<Reminder> reminders) {
        if (reminders.size() == 1) {
            Reminder only = reminders.getFirst();
            return bundle.getString((only.state() == ReminderState.OVERDUE ? "notify.overdue." : "notify.due.")
                    + only.kind().name());
        }
        return new MessageFormat(bundle.getString("notify.several"), bundle.getLocale()).format(
                new Object[] {reminders.size()});
    }
}
