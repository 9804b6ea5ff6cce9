package nestling.cli;

import java.io.PrintWriter;
import java.util.List;
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

    /** A failure as the contract reports it: its exit code and the lines to print after "nestling: ". */
    record Failure(int exitCode, List<String> messages) {
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        return report(e, commandLine.getErr());
    }

    /** Prints what {@code e} means on {@code err} and returns its exit code. */
    static int report(Exception e, PrintWriter err) {
        Failure failure = describe(e);
        failure.messages().forEach(message -> err.println("nestling: " + message));
        return failure.exitCode();
    }

    /** What {@code e} means for the user (also per line of {@code nestling batch}). */
    static Failure describe(Exception e) {
        if (e instanceof CliFailure failure) {
            return new Failure(failure.exitCode(), List.of(failure.getMessage()));
        }
        if (e instanceof ValidationException refused) {
            // The same per-field messages the window shows; nothing was saved.
            return new Failure(USAGE, List.copyOf(refused.byField().values()));
        }
        if (e instanceof NotFoundException missing) {
            return new Failure(NOT_FOUND_OR_EXISTS, List.of(missing.getMessage()));
        }
        if (e instanceof NativeLibraryUnavailableException noDatabase) {
            // the environment, not Nestling: the message names the folder and the setting that moves it
            return new Failure(OTHER, List.of(noDatabase.getMessage()));
        }
        // Unexpected: say what kind of failure it was, never the data involved.
        return new Failure(OTHER, List.of("unexpected error (" + e.getClass().getSimpleName() + ")."
                + " Nothing was changed by the failed step; please report this."));
    }
}
