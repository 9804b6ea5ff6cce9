package nestling.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A record was refused and nothing was saved. Carries the per-field problems: as reasons for the
 * window (which words them in its language) and as English for the CLI.
 */
public final class ValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Map<String, Problem> problems;

    public ValidationException(Problems problems) {
        super(problems.toString(), null, false, false);
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems.problems()));
    }

    /** Field → problem, in the order the problems were found. */
    public Map<String, Problem> problems() {
        return problems;
    }

    /** Field → English message, in the order the problems were found. */
    public Map<String, String> byField() {
        Map<String, String> english = new LinkedHashMap<>();
        problems.forEach((field, problem) -> english.put(field, problem.english()));
        return Collections.unmodifiableMap(english);
    }
}
