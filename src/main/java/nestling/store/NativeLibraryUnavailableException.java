package nestling.store;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The SQLite driver could not load its native library, so no database can open. The driver unpacks
 * that library into a temporary folder first ({@code org.sqlite.tmpdir}, else {@code java.io.tmpdir});
 * a folder that is missing, read-only or mounted {@code noexec} is the usual cause. The message names
 * the folder (a system path, never family data) and the setting that moves it.
 */
public final class NativeLibraryUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NativeLibraryUnavailableException(Throwable cause) {
        super(describe(temporaryFolder()), cause);
    }

    /** The folder the driver unpacks into, as it chooses it. */
    static String temporaryFolder() {
        return System.getProperty("org.sqlite.tmpdir", System.getProperty("java.io.tmpdir", ""));
    }

    static String describe(String folder) {
        Path path = folder.isEmpty() ? null : Path.of(folder);
        String state = path == null || !Files.isDirectory(path) ? "is missing"
                : !Files.isWritable(path) ? "is not writable" : "does not let it load (is it mounted noexec?)";
        return "the database (SQLite) could not start: it unpacks its native library into the temporary folder "
                + folder + ", which " + state + ". Make that folder writable, or point Nestling at another one,"
                + " for example JAVA_TOOL_OPTIONS=-Dorg.sqlite.tmpdir=$HOME/.cache (or -Djava.io.tmpdir=…)."
                + " Nothing was changed.";
    }

    /** True when {@code failure} (or a cause of it) is the driver's native library failing to load. */
    static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.sqlite.NativeLibraryNotFoundException || t instanceof UnsatisfiedLinkError) {
                return true;
            }
        }
        return false;
    }
}
