/**
 * What a caregiver does, as use cases over the store: keep the family (babies, caregivers, own
 * activity types), log, edit and delete entries with several steps of undo, and run timers that
 * survive a crash. Every change is one database transaction; the clock is injected.
 */
package nestling.journal;
