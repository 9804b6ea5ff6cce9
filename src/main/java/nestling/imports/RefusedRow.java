package nestling.imports;

import java.util.List;
import java.util.Objects;

/**
 * A row the import will not carry, and why: a {@link RefusalReason} with its arguments, which the
 * command line prints in English ({@link #reason()}) and the window in its own language. The
 * arguments never hold the row's notes or names: summaries may be shown or logged.
 */
public record RefusedRow(SourceLine where, RefusalReason code, List<Object> arguments) {
    public RefusedRow {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(code, "code");
        arguments = List.copyOf(arguments);
    }

    public RefusedRow(SourceLine where, RefusalReason code, Object... arguments) {
        this(where, code, List.of(arguments));
    }

    /** A format's refusal of a row, for its line. */
    public RefusedRow(SourceLine where, RowRefusal refusal) {
        this(where, refusal.code(), refusal.arguments());
    }

    /** The reason in English ("a bottle of 5,000 ml is not plausible (at most 500 ml)"). */
    public String reason() {
        return code.english(arguments.toArray());
    }
}
