package nestling.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Why JavaFX could not open the window, said so that a parent can fix it. On Linux the toolkit
 * needs a display (X11, or XWayland in a Wayland session) and GTK 3; without them it fails with an
 * UnsupportedOperationException ("Unable to open DISPLAY", "Unable to load glass GTK library.")
 * that names neither what is missing nor how to get it.
 *
 * <p>The diagnosis runs only after the launch failed, never as a check before it: a guess about
 * library folders could be wrong on an unusual distribution and would then stop a window that works.
 * It reads the environment and the library folders it is given, so tests run it on fake ones.
 */
final class WindowToolkitProblem {
    static final String GTK_LIBRARY = "libgtk-3.so.0";
    static final String SAFE = "Your data is safe: nothing was changed.";
    private static final String NO_X_SERVER = "Unable to open DISPLAY";

    private final List<String> causes = new ArrayList<>();
    private final List<String> advice = new ArrayList<>();
    private final String toolkitFailure;

    private WindowToolkitProblem(String toolkitFailure) {
        this.toolkitFailure = toolkitFailure;
    }

    /**
     * True when {@code failure} came out of JavaFX starting its toolkit, before the application
     * existed: only then is it about the machine rather than a fault in Nestling's own window code.
     * (JavaFX has no public way to tell; its launcher's {@code startToolkit} frame is on the stack.)
     */
    static boolean duringToolkitStart(Throwable failure) {
        for (Throwable t : chain(failure)) {
            for (StackTraceElement frame : t.getStackTrace()) {
                if (frame.getClassName().equals("com.sun.javafx.application.LauncherImpl")
                        && frame.getMethodName().equals("startToolkit")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Diagnoses a toolkit start failure on a machine with this {@code environment} and operating
     * system ({@code os.name}), whose shared libraries are {@code libraries}.
     */
    static WindowToolkitProblem diagnose(Throwable failure, Map<String, String> environment, String osName,
            SharedLibraries libraries) {
        List<Throwable> chain = chain(failure);
        WindowToolkitProblem problem = new WindowToolkitProblem(describe(chain.getLast()));
        if (!usesX11OrWayland(osName)) {
            return problem;
        }
        String display = environment.getOrDefault("DISPLAY", "");
        boolean wayland = !environment.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
        if (display.isBlank() && !wayland) {
            problem.noDisplay("neither DISPLAY nor WAYLAND_DISPLAY is set");
        } else if (chain.stream().anyMatch(t -> t.getMessage() != null && t.getMessage().contains(NO_X_SERVER))) {
            problem.noDisplay(display.isBlank()
                    ? "WAYLAND_DISPLAY is set but DISPLAY is not; the window needs X11 or XWayland"
                    : "the display DISPLAY=" + display + " could not be opened");
        }
        if (libraries.find(GTK_LIBRARY).isEmpty()) {
            problem.noGtk();
        }
        return problem;
    }

    private void noDisplay(String why) {
        causes.add("no graphical desktop session was found (" + why + ")");
        advice.add("Nestling's window needs a graphical desktop session (X11, or Wayland with XWayland):"
                + " start it from your desktop.");
    }

    private void noGtk() {
        causes.add("GTK 3 (" + GTK_LIBRARY + ") is not installed");
        advice.add("Nestling's window needs GTK 3. Install it, then start Nestling again:");
        advice.add("  Debian, Ubuntu:  sudo apt install libgtk-3-0");
        advice.add("  Fedora, RHEL:    sudo dnf install gtk3");
        advice.add("  openSUSE:        sudo zypper install gtk3");
        advice.add("  Arch:            sudo pacman -S gtk3");
    }

    /** The lines for the user: what is missing, what to do, and that the data was not touched. */
    String message() {
        List<String> lines = new ArrayList<>();
        String what = causes.isEmpty() ? toolkitFailure : String.join(", and ", causes);
        lines.add("Nestling could not open its window: " + what + (what.endsWith(".") ? "" : "."));
        lines.addAll(advice);
        if (!causes.isEmpty()) {
            lines.add("The command line works without the window: see nestling --help");
        }
        lines.add(SAFE);
        return String.join(System.lineSeparator(), lines);
    }

    /** One line for the activity log: the causes found and the toolkit's own failure (no family data). */
    String summary() {
        return (causes.isEmpty() ? "no known cause" : String.join("; ", causes)) + "; toolkit: " + toolkitFailure;
    }

    private static boolean usesX11OrWayland(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        return os.contains("linux") || os.contains("bsd");
    }

    /** The failure and its causes, outermost first (JavaFX wraps a library's error in a RuntimeException). */
    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    /** "UnsupportedOperationException: Internal Error": JavaFX's words, on one line. */
    private static String describe(Throwable t) {
        String message = t.getMessage() == null ? "" : ": " + t.getMessage().replaceAll("\\s+", " ").strip();
        return t.getClass().getSimpleName() + message;
    }
}
