package nestling.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The diagnosis on fake machines: environments with and without a display, library folders with and
 * without GTK 3. The failures are the ones JavaFX 26 throws (messages as GtkApplication words them).
 */
class WindowToolkitProblemTest {
    private static final String LINUX = "Linux";
    private static final RuntimeException NO_X_SERVER = new UnsupportedOperationException("Unable to open DISPLAY");
    private static final RuntimeException NO_GLASS_GTK = new UnsupportedOperationException("Unable to load glass GTK library.");
    private static final List<String> INSTALL_COMMANDS = List.of("sudo apt install libgtk-3-0", "sudo dnf install gtk3",
            "sudo zypper install gtk3", "sudo pacman -S gtk3");

    @TempDir
    Path withGtk;
    @TempDir
    Path withoutGtk;

    private SharedLibraries gtk(boolean installed) throws IOException {
        if (installed) {
            SharedLibrariesTest.debianLinkerConfiguration(withGtk);
            SharedLibrariesTest.elf(withGtk.resolve("usr/lib/x86_64-linux-gnu").resolve(WindowToolkitProblem.GTK_LIBRARY),
                    SharedLibraries.ELF_64);
        } else {
            SharedLibrariesTest.debianLinkerConfiguration(withoutGtk);
        }
        return new SharedLibraries(installed ? withGtk : withoutGtk, null, SharedLibraries.ELF_64);
    }

    private static List<String> lines(WindowToolkitProblem problem) {
        return problem.message().lines().toList();
    }

    private static void assertSaysNoDisplay(List<String> lines, String why) {
        assertTrue(lines.getFirst().startsWith("Nestling could not open its window: no graphical desktop session was found"),
                String.join("\n", lines));
        assertTrue(lines.getFirst().contains(why), String.join("\n", lines));
        assertTrue(lines.contains("Nestling's window needs a graphical desktop session (X11, or Wayland with XWayland):"
                + " start it from your desktop."), String.join("\n", lines));
        assertTrue(lines.contains("The command line works without the window: see nestling --help"), String.join("\n", lines));
        assertEquals(WindowToolkitProblem.SAFE, lines.getLast());
    }

    private static boolean mentionsGtk(List<String> lines) {
        return lines.stream().anyMatch(line -> line.contains("GTK") || line.contains("gtk"));
    }

    @Test
    void noDisplayVariableAtAllIsNoDesktopSession() throws IOException {
        List<String> lines = lines(WindowToolkitProblem.diagnose(NO_X_SERVER, Map.of("HOME", "/home/p"), LINUX, gtk(true)));
        assertSaysNoDisplay(lines, "(neither DISPLAY nor WAYLAND_DISPLAY is set)");
        assertFalse(mentionsGtk(lines), "GTK is there: " + lines);
        // blank counts as unset (DISPLAY= in a service file)
        assertSaysNoDisplay(lines(WindowToolkitProblem.diagnose(NO_X_SERVER, Map.of("DISPLAY", " ", "WAYLAND_DISPLAY", ""),
                "FreeBSD", gtk(true))), "neither DISPLAY nor WAYLAND_DISPLAY");
    }

    @Test
    void aDisplayThatCannotBeOpenedIsNamed() throws IOException {
        assertSaysNoDisplay(lines(WindowToolkitProblem.diagnose(NO_X_SERVER, Map.of("DISPLAY", ":99"), LINUX, gtk(true))),
                "(the display DISPLAY=:99 could not be opened)");
    }

    @Test
    void aWaylandSessionWithoutXWaylandIsSaidSo() throws IOException {
        Map<String, String> waylandOnly = Map.of("WAYLAND_DISPLAY", "wayland-0");
        assertSaysNoDisplay(lines(WindowToolkitProblem.diagnose(NO_X_SERVER, waylandOnly, LINUX, gtk(true))),
                "WAYLAND_DISPLAY is set but DISPLAY is not");
        // the same session failing for another reason is not blamed on the display
        List<String> other = lines(WindowToolkitProblem.diagnose(NO_GLASS_GTK, waylandOnly, LINUX, gtk(true)));
        assertEquals("Nestling could not open its window: UnsupportedOperationException: Unable to load glass GTK library.",
                other.getFirst());
    }

    @Test
    void missingGtkNamesTheLibraryAndHowToInstallItOnEachFamilyOfDistributions() throws IOException {
        List<String> lines = lines(WindowToolkitProblem.diagnose(NO_GLASS_GTK, Map.of("DISPLAY", ":0"), LINUX, gtk(false)));
        assertEquals("Nestling could not open its window: GTK 3 (libgtk-3.so.0) is not installed.", lines.getFirst());
        for (String command : INSTALL_COMMANDS) {
            assertTrue(lines.stream().anyMatch(line -> line.endsWith(command)), command + " in " + lines);
        }
        assertTrue(lines.contains("The command line works without the window: see nestling --help"), lines.toString());
        assertEquals(WindowToolkitProblem.SAFE, lines.getLast());
        assertFalse(lines.stream().anyMatch(line -> line.contains("desktop session")), "the display is fine: " + lines);
    }

    @Test
    void noDisplayAndNoGtkAreBothReported() throws IOException {
        WindowToolkitProblem problem = WindowToolkitProblem.diagnose(NO_X_SERVER, Map.of(), LINUX, gtk(false));
        List<String> lines = lines(problem);
        assertSaysNoDisplay(lines, "neither DISPLAY nor WAYLAND_DISPLAY is set");
        assertTrue(lines.getFirst().endsWith(", and GTK 3 (libgtk-3.so.0) is not installed."), lines.getFirst());
        assertTrue(lines.stream().anyMatch(line -> line.endsWith("sudo apt install libgtk-3-0")), lines.toString());
        assertEquals("no graphical desktop session was found (neither DISPLAY nor WAYLAND_DISPLAY is set);"
                + " GTK 3 (libgtk-3.so.0) is not installed; toolkit: UnsupportedOperationException: Unable to open DISPLAY",
                problem.summary());
    }

    @Test
    void anyOtherToolkitFailureIsQuotedWithItsClassAndTheDataIsSaidToBeSafe() throws IOException {
        // JavaFX wraps a library that would not load in a RuntimeException: the innermost cause is what it says
        RuntimeException wrapped = new RuntimeException(new UnsatisfiedLinkError("no glass in java.library.path"));
        WindowToolkitProblem problem = WindowToolkitProblem.diagnose(wrapped, Map.of("DISPLAY", ":0"), LINUX, gtk(true));
        assertEquals(List.of("Nestling could not open its window: UnsatisfiedLinkError: no glass in java.library.path.",
                WindowToolkitProblem.SAFE), lines(problem));
        assertEquals("no known cause; toolkit: UnsatisfiedLinkError: no glass in java.library.path", problem.summary());
        // a message that ends its own sentence, or none at all
        assertEquals("Nestling could not open its window: UnsupportedOperationException: Unable to load glass GTK library.",
                lines(WindowToolkitProblem.diagnose(NO_GLASS_GTK, Map.of("DISPLAY", ":0"), LINUX, gtk(true))).getFirst());
        assertEquals("Nestling could not open its window: IllegalStateException.",
                lines(WindowToolkitProblem.diagnose(new IllegalStateException(), Map.of("DISPLAY", ":0"), LINUX, gtk(true))).getFirst());
    }

    @Test
    void windowsAndMacosHaveNoDisplayVariablesOrGtkToBlame() throws IOException {
        for (String os : List.of("Windows 11", "Mac OS X")) {
            List<String> lines = lines(WindowToolkitProblem.diagnose(NO_GLASS_GTK, Map.of(), os, gtk(false)));
            assertEquals(List.of("Nestling could not open its window: UnsupportedOperationException: Unable to load glass GTK library.",
                    WindowToolkitProblem.SAFE), lines, os);
        }
    }

    @Test
    void onlyAFailureOfTheToolkitStartingCountsNotOneInNestlingsOwnWindowCode() {
        // the frames JavaFX 26's launcher thread has when GtkApplication refuses to start
        RuntimeException toolkit = new UnsupportedOperationException("Unable to open DISPLAY");
        toolkit.setStackTrace(new StackTraceElement[] {
            frame("com.sun.glass.ui.gtk.GtkApplication", "<init>"),
            frame("com.sun.javafx.tk.quantum.QuantumToolkit", "startup"),
            frame("com.sun.javafx.application.PlatformImpl", "startup"),
            frame("com.sun.javafx.application.LauncherImpl", "startToolkit"),
            frame("com.sun.javafx.application.LauncherImpl", "launchApplication1"),
            frame("java.lang.Thread", "run")});
        assertTrue(WindowToolkitProblem.duringToolkitStart(toolkit));
        assertTrue(WindowToolkitProblem.duringToolkitStart(new RuntimeException("Application launch error", toolkit)));

        // what Application.launch throws when the window's own start method failed
        RuntimeException startMethod = new IllegalStateException("a bug in the window");
        startMethod.setStackTrace(new StackTraceElement[] {
            frame("nestling.ui.shell.MainWindow", "<init>"),
            frame("com.sun.javafx.application.LauncherImpl", "lambda$launchApplication1$0"),
            frame("java.lang.Thread", "run")});
        RuntimeException wrapper = new RuntimeException("Exception in Application start method", startMethod);
        wrapper.setStackTrace(new StackTraceElement[] {frame("com.sun.javafx.application.LauncherImpl", "launchApplication1")});
        assertFalse(WindowToolkitProblem.duringToolkitStart(wrapper));
    }

    private static StackTraceElement frame(String className, String method) {
        return new StackTraceElement(className, method, null, -1);
    }
}
