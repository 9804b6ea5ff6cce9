package nestling.reminders;

/** What a reminder is about. */
public enum ReminderKind {
    /** The next dose of a medicine, from its minimum interval. */
    MEDICINE,
    /** The next feed, an interval after the start or end of the last one. */
    FEED,
    /** A diaper check, an interval after the last diaper. */
    DIAPER,
    /** A backup, the family's number of days after the last verified one (or none yet). */
    BACKUP
}
