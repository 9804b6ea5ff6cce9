package nestling.ui.audit;

/**
 * One thing a parent would see broken: where (the state of the window, e.g. "de 1024x640 night
 * form:medicine"), what kind of problem, which node, and the measured detail.
 */
public record Finding(String state, Kind kind, String node, String detail) {
    public enum Kind {
        /** A text cut short with "…" that is not marked as allowed to shorten. */
        TRUNCATED,
        /** A title or button over more than one line, or a word broken across lines. */
        WRAPPED,
        /** A control (partly) outside the window, or a dialog larger than the window. */
        OUTSIDE,
        /** Two controls drawn over each other. */
        OVERLAP,
        /** Text below the WCAG 2.2 contrast minimum against what it is drawn on. */
        CONTRAST,
        /** A large bright surface in the night theme. */
        BRIGHT_AT_NIGHT,
        /** The focused field's or button's focus ring below 3:1 against what is around it. */
        FOCUS
    }

    @Override
    public String toString() {
        return state + " | " + kind + " | " + node + " | " + detail;
    }
}
