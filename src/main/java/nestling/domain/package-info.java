/**
 * What a family records, as immutable values: babies, caregivers, entries of every type, units and
 * quantities, local days, and the validation rules that the UI and the CLI share. No I/O, no JavaFX.
 */
package nestling.domain;
