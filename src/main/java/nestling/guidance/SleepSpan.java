package nestling.guidance;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** One finished sleep, nap or night: all the estimate needs of a sleep entry. */
public record SleepSpan(Instant start, Instant end) {
    public SleepSpan {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a sleep cannot end before it starts");
        }
    }

    public Duration length() {
        return Duration.between(start, end);
    }
}
