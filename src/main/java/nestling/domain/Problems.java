package nestling.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Validation result: one message per field, in the order found. Messages are written for the parent
 * (the UI shows them next to the field, the CLI prints them) and never contain the entered values.
 */
public final class Problems {
    private final Map<String, String> byField = new LinkedHashMap<>();

    /** Records {@code message} for {@code field} unless that field already has one (the first reason wins). */
    public Problems add(String field, String message) {
        byField.putIfAbsent(field, message);
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public Map<String, String> byField() {
        return Collections.unmodifiableMap(byField);
    }

    public String message(String field) {
        return byField.get(field);
    }

    /** Throws a {@link ValidationException} when there is any problem. */
    public void throwIfAny() {
        if (!isEmpty()) {
            throw new ValidationException(this);
        }
    }

    @Override
    public String toString() {
        return String.join(" ", byField.values());
    }
}
