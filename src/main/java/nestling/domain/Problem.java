package nestling.domain;

import java.util.Arrays;
import java.util.List;

/**
 * One refusal: the {@link Reason} and its arguments (numbers, enum values; never what the parent
 * typed). The window turns it into text in its language, the CLI prints {@link #english()}.
 */
public record Problem(Reason reason, List<Object> arguments) {
    public Problem {
        java.util.Objects.requireNonNull(reason, "reason");
        arguments = List.copyOf(arguments);
    }

    public static Problem of(Reason reason, Object... arguments) {
        return new Problem(reason, Arrays.asList(arguments));
    }

    public String english() {
        return reason.english(arguments.toArray());
    }
}
