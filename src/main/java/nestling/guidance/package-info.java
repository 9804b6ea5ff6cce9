/**
 * Guidance a tired parent can check: when the next nap is likely, with the reasoning shown (the baby's
 * own wake windows, how today shifts them, the usual range for the age). Plain Java over entries the
 * caller reads; no JavaFX, no database access, no clock of its own (the caller says what "now" is).
 */
package nestling.guidance;
