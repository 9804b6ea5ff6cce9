package nestling.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Validation result: one problem per field, in the order found. Each is a {@link Reason} with its
 * arguments, so the window can show it in its language; {@link #byField()} gives the English the CLI
 * prints. Problems never contain the entered values.
 */
public final class Problems {
    private final Map<String, Problem> byField = new LinkedHashMap<>();

    /** Records {@code reason} for {@code field} unless that field already has one (the first reason wins). */
    public Problems add(String field, Reason reason, Object... arguments) {
        byField.putIfAbsent(field, Problem.of(reason, arguments));
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    /** Field → problem, in the order found. */
    public Map<String, Problem> problems() {
        return Collections.unmodifiableMap(byField);
    }

    /** Field → English text, in the order found. */
    public Map<String, String> byField() {
        Map<String, String> english = new LinkedHashMap<>();
        byField.forEach((field, problem) -> english.put(field, problem.english()));
        return Collections.unmodifiableMap(english);
    }

    /** The English text for {@code field}, or null when it has no problem. */
    public String message(String field) {
        Problem problem = byField.get(field);
        return problem == null ? null : problem.english();
    }

    /** Throws a {@link ValidationException} when there is any problem. */
    public void throwIfAny() {
        if (!isEmpty()) {
            throw new ValidationException(this);
        }
    }

    @Override
    public String toString() {
        return String.join(" ", byField().values());
    }
}
