package nestling.ui.today;

import java.time.Instant;

/**
 * The last one-click action, shown as "Wet diaper logged at 11:42 [Undo]".
 *
 * @param what the bundle key of what was done ("today.logged.wet")
 * @param undo takes it back (runs on the background worker)
 */
public record Logged(String what, Instant at, Undo undo) {
    /** Background work that takes one action back. */
    @FunctionalInterface
    public interface Undo {
        void run() throws Exception;
    }
}
