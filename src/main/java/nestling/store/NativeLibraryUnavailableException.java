package nestling.store;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The SQLite driver could not load its native library, so no database can open. The driver unpacks
 * that library into a temporary folder first ({@code org.sqlite.tmpdir}, else {@code java.io.tmpdir});
 * a folder that is missing, read-only or mounted {@code noexec} is the usual cause. The message names
 * the folder (a system path, never family data) and the setting that moves it; {@link #folder()} and
 * {@link #reason()} let the window say the same in its own language.
 */
public final class NativeLibraryUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What is wrong with the temporary folder, as far as can be seen from outside the driver. */
    public enum Reason { MISSING, NOT_WRITABLE, NOT_LOADABLE }

    private final String folder;
    private final Reason reason;

    NativeLibraryUnavailableException(Throwable cause) {
        this(temporaryFolder(), cause);
    }

    private NativeLibraryUnavailableException(String folder, Throwable cause) {
        super(describe(folder, reasonFor(folder)), cause);
        this.folder = folder;
        this.reason = reasonFor(folder);
    }

    /** The temporary folder the driver tried to unpack into. */
    public String folder() {
        return folder;
    }

    public Reason reason() {
        return reason;
    }

    /** The folder the driver unpacks into, as it chooses it. */
    static String temporaryFolder() {
        return System.getProperty("org.sqlite.tmpdir", System.getProperty("java.io.tmpdir", ""));
    }

    static Reason reasonFor(String folder) {
        Path path = folder.isEmpty() ? null : Path.of(folder);
        return path == null || !Files.isDirectory(path) ? Reason.MISSING
                : !Files.isWritable(path) ? Reason.NOT_WRITABLE : Reason.NOT_LOADABLE;
    }

    private static String describe(String folder, Reason reason) {
        String state = switch (reason) {
            case MISSING -> "is missing";
            case NOT_WRITABLE -> "is not writable";
            case NOT_LOADABLE -> "does not let it load (is it mounted noexec?)";
        };
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
