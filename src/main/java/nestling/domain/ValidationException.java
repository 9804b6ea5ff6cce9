package nestling.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A record was refused and nothing was saved. Carries the per-field messages the UI and CLI show. */
public final class ValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Map<String, String> byField;

    public ValidationException(Problems problems) {
        super(problems.toString(), null, false, false);
        this.byField = Collections.unmodifiableMap(new LinkedHashMap<>(problems.byField()));
    }

    /** Field → message, in the order the problems were found. */
    public Map<String, String> byField() {
        return byField;
    }
}
