package nestling.reminders;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Evaluates the reminders at one moment from the facts, the family's settings and the parent's
 * marks: a pure function, so a test moves the time instead of waiting. Times are instants and
 * intervals real durations: a three-hour feed interval is three hours across midnight and across a
 * clock change alike.
 */
public final class Reminders {
    private Reminders() {
    }

    /** Every reminder that has a due time (not due ones too): warnings first, the backup after the baby's, then by due time. */
    public static List<Reminder> evaluate(ReminderSettings settings, ReminderFacts facts, ReminderMarks marks,
            Instant now) {
        List<Reminder> all = new ArrayList<>();
        for (ReminderFacts.BabyFacts baby : facts.babies()) {
            UUID id = baby.babyId();
            if (settings.medicine()) {
                for (DueDose dose : baby.doses()) {
                    all.add(at(ReminderKind.MEDICINE, id, dose.name(), dose.from(), settings.medicineWarn(), marks, now));
                }
            }
            if (!settings.feedEvery().isZero() && baby.lastFeed() != null && !baby.feeding()) {
                Instant from = settings.feedFrom() == FeedCountedFrom.END ? baby.lastFeed().endOrStart()
                        : baby.lastFeed().start();
                all.add(at(ReminderKind.FEED, id, null, from.plus(settings.feedEvery()), settings.feedWarn(), marks, now));
            }
            if (!settings.diaperEvery().isZero() && baby.lastDiaper() != null) {
                all.add(at(ReminderKind.DIAPER, id, null, baby.lastDiaper().start().plus(settings.diaperEvery()),
                        settings.diaperWarn(), marks, now));
            }
        }
        if (facts.lastBackup() != null || facts.neverMadeDueAt() != null) {
            all.add(backup(settings, facts, marks, now));
        }
        all.sort(Comparator.comparing((Reminder r) -> r.state() != ReminderState.OVERDUE)
                .thenComparing(r -> r.kind() == ReminderKind.BACKUP).thenComparing(Reminder::dueAt));
        return List.copyOf(all);
    }

    /** Only the ones that call now (due or overdue), in the same order. */
    public static List<Reminder> calling(List<Reminder> reminders) {
        return reminders.stream().filter(r -> r.state().calling()).toList();
    }

    /**
     * A backup never made is due once the vault's data has been in it for a backup period (none at all
     * while it is empty: not on day one) and stays calm (no warning: there is no "late" yet).
     */
    private static Reminder backup(ReminderSettings settings, ReminderFacts facts, ReminderMarks marks, Instant now) {
        if (facts.lastBackup() == null) {
            return state(ReminderKind.BACKUP, null, null, facts.neverMadeDueAt(), Instant.MAX, marks, now);
        }
        Instant due = facts.lastBackup().plus(Duration.ofDays(facts.backupEveryDays()));
        return state(ReminderKind.BACKUP, null, null, due, due.plus(Duration.ofDays(settings.backupWarnDays())), marks,
                now);
    }

    private static Reminder at(ReminderKind kind, UUID babyId, String subject, Instant due, Duration warn,
            ReminderMarks marks, Instant now) {
        return state(kind, babyId, subject, due, due.plus(warn), marks, now);
    }

    private static Reminder state(ReminderKind kind, UUID babyId, String subject, Instant due, Instant warnAt,
            ReminderMarks marks, Instant now) {
        Reminder plain = new Reminder(kind, babyId, subject, due, warnAt, ReminderState.NOT_DUE, null);
        if (now.isBefore(due)) {
            return plain;
        }
        var mark = marks.of(plain.key(), due);
        if (mark.isPresent() && mark.get().dismissal()) {
            return with(plain, ReminderState.DISMISSED, null);
        }
        if (mark.isPresent() && now.isBefore(mark.get().until())) {
            return with(plain, ReminderState.SNOOZED, mark.get().until());
        }
        return with(plain, now.isBefore(warnAt) ? ReminderState.DUE : ReminderState.OVERDUE, null);
    }

    private static Reminder with(Reminder r, ReminderState state, Instant until) {
        return new Reminder(r.kind(), r.babyId(), r.subject(), r.dueAt(), r.warnAt(), state, until);
    }
}
