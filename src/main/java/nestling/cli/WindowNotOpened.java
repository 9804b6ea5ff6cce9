package nestling.cli;

/**
 * The window could not open (no desktop session, a missing system library): the message says what
 * is missing and what to do, ready for the user as it stands. The command exits with 1 (other error)
 * and prints it instead of "unexpected error", which would send a parent to file a bug report for a
 * package they can install themselves.
 */
public final class WindowNotOpened extends CliFailure {
    private static final long serialVersionUID = 1L;

    public WindowNotOpened(String message) {
        super(ExitCodes.OTHER, message);
    }
}
