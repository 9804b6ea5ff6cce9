package nestling.domain;

import java.util.Objects;

/** A user-defined activity ("swimming", "massage"): a name, a colour, and whether it is timed. */
public record ActivityType(Meta meta, String name, String colour, boolean timed) {
    public ActivityType {
        Objects.requireNonNull(meta, "meta");
    }

    public Problems problems() {
        Problems problems = new Problems();
        if (name == null || name.isBlank()) {
            problems.add("name", Reason.ACTIVITY_NAME_MISSING);
        }
        if (colour != null && !colour.matches("#[0-9a-fA-F]{6}")) {
            problems.add("colour", Reason.COLOUR_INVALID);
        }
        return problems;
    }
}
