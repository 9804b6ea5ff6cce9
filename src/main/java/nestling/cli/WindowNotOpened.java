package nestling.cli;

/**
 * The window could not open (no desktop session, a missing system library): the message says what
 * is missing and what to do, ready for the user as it stands. The command exits with 1 (other error)
 * and prints it instead of "unexpected error", which would send a parent to file a bug report for a
 * package they can install themselves.
 */
public final class WindowNotOpened extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WindowNotOpened(String message) {
        // no stack trace: it is never printed, and the launcher logs the toolkit's own failure
        super(message, null, false, false);
    }
}
