package nestling.cli;

import nestling.domain.ValidationException;
import nestling.journal.NotFoundException;
import nestling.store.NativeLibraryUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** The exit-code contract, and the translation of failures into one clear line on stderr. */
final class ExitCodes implements IExecutionExceptionHandler {
    static final int OK = 0;
    static final int OTHER = 1;
    static final int USAGE = 2;
    static final int WRONG_PASSPHRASE = 3;
    static final int DAMAGED = 4;
    static final int VAULT_IN_USE = 5;
    static final int NOT_FOUND_OR_EXISTS = 6;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        if (e instanceof CliFailure failure) {
            commandLine.getErr().println("nestling: " + failure.getMessage());
            return failure.exitCode();
        }
        if (e instanceof ValidationException refused) {
            // The same per-field messages the window shows; nothing was saved.
            refused.byField().values().forEach(message -> commandLine.getErr().println("nestling: " + message));
            return USAGE;
        }
        if (e instanceof NotFoundException missing) {
            commandLine.getErr().println("nestling: " + missing.getMessage());
            return NOT_FOUND_OR_EXISTS;
        }
        if (e instanceof NativeLibraryUnavailableException noDatabase) {
            // the environment, not Nestling: the message names the folder and the setting that moves it
            commandLine.getErr().println("nestling: " + noDatabase.getMessage());
            return OTHER;
        }
        // Unexpected: say what kind of failure it was, never the data involved.
        commandLine.getErr().println("nestling: unexpected error (" + e.getClass().getSimpleName() + ")."
                + " Nothing was changed by the failed step; please report this.");
        return OTHER;
    }
}
