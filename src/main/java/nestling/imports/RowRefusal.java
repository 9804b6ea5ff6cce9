package nestling.imports;

/**
 * Thrown by a format's row mapping when a row cannot be carried; the reader turns it into a
 * {@link RefusedRow} for that row's line. The reason names the value's kind, never the row's text.
 */
public final class RowRefusal extends Exception {
    public RowRefusal(String reason) {
        super(reason, null, false, false);
    }
}
