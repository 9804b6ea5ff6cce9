/**
 * Reminders that reach the parent: medicine, feed, diaper check and backup due, each not due, due,
 * overdue (past a threshold the family sets), snoozed or dismissed. Pure evaluation over facts read
 * from the vault ({@link nestling.reminders.ReminderFacts}) on an injected clock; settings, snoozes
 * and dismissals live in the vault's {@code setting} table so they survive a restart. No JavaFX.
 */
package nestling.reminders;
