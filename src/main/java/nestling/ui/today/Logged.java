package nestling.ui.today;

import java.time.Instant;

/**
 * The last one-click action, shown as "Wet diaper logged for Ada at 11:42 [Undo]".
 *
 * @param what the bundle key of what was done ("today.logged.wet")
 * @param who the baby's name: with twins side by side the bar says whose diaper it was
 * @param undo takes it back (runs on the background worker)
 * @param stillNewest whether it is still the newest change to take back (memory only; asked on the
 *     FX thread after each reload, so the bar goes once Ctrl+Z or another screen has undone it)
 */
public record Logged(String what, String who, Instant at, Undo undo, java.util.function.BooleanSupplier stillNewest) {
    /** A bar whose action stays the one to undo until the bar goes (a timer started: undo discards it). */
    public Logged(String what, String who, Instant at, Undo undo) {
        this(what, who, at, undo, () -> true);
    }

    /** Background work that takes one action back. */
    @FunctionalInterface
    public interface Undo {
        void run() throws Exception;
    }
}
