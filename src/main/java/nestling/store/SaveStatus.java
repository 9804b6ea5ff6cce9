package nestling.store;

import java.time.Instant;

/** What the window shows at all times: Saved, Saving, or Not saved with the reason. */
public sealed interface SaveStatus {
    record Saved(Instant at, long generation) implements SaveStatus {
    }

    record Saving() implements SaveStatus {
    }

    /**
     * The data is safe in memory but not on disk yet: {@code failure} says why (the window words it in
     * its language), {@code reason} in English (the command line's), {@code retryAt} when the next attempt runs.
     */
    record NotSaved(SaveFailure failure, String reason, Instant retryAt) implements SaveStatus {
    }
}
