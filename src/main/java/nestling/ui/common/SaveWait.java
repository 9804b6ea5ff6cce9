package nestling.ui.common;

import java.io.IOException;

/**
 * Returns once what was written so far is in the vault file (the session's flush), on a background
 * thread: a view model calls it before it says "logged" or "saved", so nothing is reported done
 * before it is durable.
 */
@FunctionalInterface
public interface SaveWait {
    /** Nothing to wait for (a test without a vault file). */
    SaveWait NONE = () -> { };

    void untilSaved() throws IOException;

    /** True once it is on disk; false when the save failed (the saver retries and the save indicator says why). */
    default boolean onDisk() {
        try {
            untilSaved();
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }
}
