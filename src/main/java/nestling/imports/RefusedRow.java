package nestling.imports;

import java.util.Objects;

/**
 * A row the import will not carry, and why, in words a parent understands ("a bottle of 5,000 ml is not
 * plausible"). The reason never quotes the row's notes or names: summaries may be shown or logged.
 */
public record RefusedRow(SourceLine where, String reason) {
    public RefusedRow {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(reason, "reason");
    }
}
