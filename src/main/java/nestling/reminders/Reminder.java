package nestling.reminders;

import java.time.Instant;
import java.util.UUID;

/**
 * One reminder at one moment.
 *
 * @param babyId whose it is; null for the backup, which is the family's
 * @param subject the medicine's name for a dose; null for the others
 * @param dueAt when it is due (for a backup never made: a backup period after the vault's first entry)
 * @param warnAt when a due card turns into a warning ({@link Instant#MAX}: never)
 * @param snoozedUntil while {@link ReminderState#SNOOZED}: when it calls again; else null
 */
public record Reminder(ReminderKind kind, UUID babyId, String subject, Instant dueAt, Instant warnAt,
        ReminderState state, Instant snoozedUntil) {

    /**
     * Names the reminder across evaluations and restarts (kind, baby, medicine): its snooze or
     * dismissal is stored under it. Holds no baby data beyond the baby's random id and, for a dose,
     * the medicine's name, all inside the vault.
     */
    public String key() {
        return kind.name() + "/" + (babyId == null ? "-" : babyId) + "/" + DueDose.key(subject);
    }
}
