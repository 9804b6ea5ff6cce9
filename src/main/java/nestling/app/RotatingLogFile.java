package nestling.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.logging.ErrorManager;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/**
 * Appends each record to {@code nestling.0.log} and closes the file again; past {@code limitBytes}
 * the files shift ({@code .0} to {@code .1} …, the oldest dropped). Unlike the JDK's FileHandler it
 * holds no file open and leaves no {@code .lck} files, so "Erase everything" can delete the log at
 * any moment on every OS. Nestling logs a few lines a minute, so opening per record costs nothing.
 */
final class RotatingLogFile extends Handler {
    private final Path directory;
    private final long limitBytes;
    private final int count;

    RotatingLogFile(Path directory, long limitBytes, int count) {
        this.directory = directory;
        this.limitBytes = limitBytes;
        this.count = count;
        // The JDK's default error manager prints a stack trace on stderr: a command run beside an
        // unwritable logs/ folder or on a full disk would show one. The log is best effort, so its
        // failures stay silent and the command's own output says what matters.
        setErrorManager(new ErrorManager() {
            @Override
            public void error(String message, Exception failure, int code) {
                // nothing: see above
            }
        });
    }

    static Path file(Path directory, int index) {
        return directory.resolve("nestling." + index + ".log");
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        try {
            Path current = file(directory, 0);
            if (Files.exists(current) && Files.size(current) >= limitBytes) {
                rotate();
            }
            Files.writeString(current, getFormatter().format(record), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException e) {
            // The folder went away (erased, drive pulled), is read-only or full: the log is best
            // effort, never a failure (the error manager above keeps it off the terminal).
            reportError(null, e, ErrorManager.WRITE_FAILURE);
        }
    }

    private void rotate() throws IOException {
        Files.deleteIfExists(file(directory, count - 1));
        for (int i = count - 2; i >= 0; i--) {
            Path from = file(directory, i);
            if (Files.exists(from)) {
                Files.move(from, file(directory, i + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @Override
    public void flush() {
        // every record is written and closed as it comes
    }

    @Override
    public void close() {
        // nothing is held open
    }
}
