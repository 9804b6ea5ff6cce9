package nestling.imports;

import java.util.List;

/**
 * Thrown by a format's row mapping when a row cannot be carried; the reader turns it into a
 * {@link RefusedRow} for that row's line. The reason names the value's kind, never the row's text.
 */
public class RowRefusal extends Exception {
    private final RefusalReason code;
    private final List<Object> arguments;

    public RowRefusal(RefusalReason code, Object... arguments) {
        super(code.english(arguments), null, false, false);
        this.code = code;
        this.arguments = List.of(arguments);
    }

    public RefusalReason code() {
        return code;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
