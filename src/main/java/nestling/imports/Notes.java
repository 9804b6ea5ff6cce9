package nestling.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * An imported entry's notes: the source's own note first, then, one per line, what the source has
 * that Nestling has no field for ("Start location: Car seat"). Null when there is nothing, as an entry
 * logged here without a note has none.
 */
public final class Notes {
    private final List<String> parts = new ArrayList<>();

    /** Adds {@code text} as it is, when it is not blank. */
    public Notes add(String text) {
        if (text != null && !text.isBlank()) {
            parts.add(text.strip());
        }
        return this;
    }

    /** Adds "label: value" when the value is not blank. */
    public Notes add(String label, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(label + ": " + value.strip());
        }
        return this;
    }

    public String text() {
        return parts.isEmpty() ? null : String.join("\n", parts);
    }
}
