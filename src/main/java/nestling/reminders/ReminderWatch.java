package nestling.reminders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides which reminders to announce outside the window: each once when it becomes due, once more
 * when it turns into a warning, and again when a snooze ends; never twice for the same state.
 * Memory only: after a restart or an unlock, what calls is announced once more (the parent may
 * have missed it meanwhile).
 */
public final class ReminderWatch {
    private final Set<String> announced = new HashSet<>();

    /** The calling reminders among {@code reminders} that were not announced in their state yet. */
    public List<Reminder> fresh(List<Reminder> reminders) {
        List<Reminder> fresh = new ArrayList<>();
        for (Reminder reminder : reminders) {
            if (reminder.state() == ReminderState.SNOOZED) {
                forget(reminder); // calls again when the snooze ends
            } else if (reminder.state().calling() && announced.add(tag(reminder, reminder.state()))) {
                fresh.add(reminder);
            }
        }
        return fresh;
    }

    private void forget(Reminder reminder) {
        announced.remove(tag(reminder, ReminderState.DUE));
        announced.remove(tag(reminder, ReminderState.OVERDUE));
    }

    private static String tag(Reminder reminder, ReminderState state) {
        Instant due = reminder.dueAt();
        return reminder.key() + "@" + due.toEpochMilli() + ":" + state;
    }
}
