/**
 * The baby form, one for both places that ask for a baby: the first run (Today, "Add your baby") and
 * Settings (add or edit). One model with one set of rules, one view with one set of labels.
 */
package nestling.ui.baby;
