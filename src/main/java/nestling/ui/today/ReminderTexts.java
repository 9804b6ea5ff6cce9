package nestling.ui.today;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import nestling.reminders.FeedCountedFrom;
import nestling.reminders.Reminder;
import nestling.reminders.ReminderSettings;
import nestling.reminders.ReminderSnapshot;
import nestling.reminders.ReminderState;
import nestling.ui.common.Formats;
import nestling.ui.common.UiContext;

/** What a reminder card says: "Overdue", "Paracetamol: next dose due since 14:10", the snooze lengths. */
final class ReminderTexts {
    private final UiContext context;
    private final Formats formats;
    private final TodayTexts today;

    ReminderTexts(UiContext context) {
        this.context = context;
        this.formats = context.formats();
        this.today = new TodayTexts(context);
    }

    /** "Due" or "Overdue": the state in words, never in colour alone. */
    String state(Reminder reminder) {
        return context.text(reminder.state() == ReminderState.OVERDUE ? "reminder.overdue" : "reminder.due");
    }

    String what(Reminder reminder, ReminderSnapshot snapshot, Instant now) {
        ReminderSettings settings = snapshot.settings();
        String since = when(reminder.dueAt(), now);
        return switch (reminder.kind()) {
            case MEDICINE -> formats.message("reminder.medicine", reminder.subject(), since);
            case FEED -> formats.message(settings.feedFrom() == FeedCountedFrom.END ? "reminder.feed.end"
                    : "reminder.feed.start", since, today.span(settings.feedEvery()));
            case DIAPER -> formats.message("reminder.diaper", since, today.span(settings.diaperEvery()));
            case BACKUP -> snapshot.facts().lastBackup() == null ? context.text("reminder.backup.never")
                    : formats.message("reminder.backup", since);
        };
    }

    String text(String key) {
        return context.text(key);
    }

    /** "For 15 min", "For 1 h". */
    String snoozeFor(Duration length) {
        return formats.message("reminder.snooze.for", today.span(length));
    }

    /** "+2 more reminders": the row that stands for the cards folded away. */
    String more(int hidden) {
        return formats.message("reminder.more", hidden);
    }

    /**
     * The time alone when it is today ("14:10"), "yesterday 23:10" for yesterday, else the date and
     * time: a parent reading a card after midnight must not take last night's time for this morning's.
     */
    String when(Instant at, Instant now) {
        ZoneId zone = context.clock().getZone();
        LocalDate day = LocalDate.ofInstant(at, zone);
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (day.equals(today)) {
            return formats.time(at);
        }
        return day.equals(today.minusDays(1)) ? formats.message("reminder.yesterday", formats.time(at))
                : formats.dateTime(at);
    }
}
