package nestling.domain;

import java.util.Objects;

/**
 * Someone who logs entries. The email is only a label to tell two "Alex"es apart: nothing is ever
 * sent. {@code colour} is a CSS-style hex colour such as {@code #3a7bd5}, or null for the default.
 */
public record Caregiver(Meta meta, String name, String email, String colour) {
    public Caregiver {
        Objects.requireNonNull(meta, "meta");
    }

    public Problems problems() {
        Problems problems = new Problems();
        if (name == null || name.isBlank()) {
            problems.add("name", Reason.CAREGIVER_NAME_MISSING);
        } else if (name.strip().length() > 60) {
            problems.add("name", Reason.NAME_TOO_LONG);
        }
        if (email != null && !email.isBlank() && !email.matches("[^@\\s]+@[^@\\s]+")) {
            problems.add("email", Reason.EMAIL_INVALID);
        }
        if (colour != null && !colour.matches("#[0-9a-fA-F]{6}")) {
            problems.add("colour", Reason.COLOUR_INVALID);
        }
        return problems;
    }
}
