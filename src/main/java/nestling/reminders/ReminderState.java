package nestling.reminders;

/** Where a reminder stands at a moment. */
public enum ReminderState {
    NOT_DUE,
    /** Due, still calm. */
    DUE,
    /** Due for longer than the family's threshold: shown as a warning. */
    OVERDUE,
    /** Due, but the parent asked to be reminded later. */
    SNOOZED,
    /** Due, and the parent said not to remind them until the next event moves the due time. */
    DISMISSED;

    /** Due or overdue: a card shows and, with the window in the background, a notification. */
    public boolean calling() {
        return this == DUE || this == OVERDUE;
    }
}
