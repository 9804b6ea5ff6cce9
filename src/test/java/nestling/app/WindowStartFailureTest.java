package nestling.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nestling.testsupport.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real launcher with no desktop session: a child JVM runs {@link Main} with DISPLAY and
 * WAYLAND_DISPLAY taken out of its environment and without the tests' glass.platform=Headless, so
 * JavaFX's real Linux toolkit tries to start and fails as it does for a parent over ssh.
 */
@EnabledOnOs(OS.LINUX) // Windows and macOS open the window without these variables
class WindowStartFailureTest {

    @Test
    void withoutADisplayTheLauncherSaysWhatIsMissingAndExitsOne(@TempDir Path vault, @TempDir Path scratch) throws Exception {
        Path stderr = scratch.resolve("stderr.txt");
        long started = System.nanoTime();
        Process child = ChildJvm.start(Main.class, stderr, environment -> {
            environment.remove("DISPLAY");
            environment.remove("WAYLAND_DISPLAY");
        }, "--vault", vault.toString());
        child.getOutputStream().close();
        int exit = ChildJvm.waitQuietly(child);
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        String err = Files.readString(stderr, StandardCharsets.UTF_8);

        assertEquals(1, exit, err);
        assertTrue(err.contains("nestling: Nestling could not open its window: no graphical desktop session was found"
                + " (neither DISPLAY nor WAYLAND_DISPLAY is set)"), err);
        assertTrue(err.contains("Nestling's window needs a graphical desktop session"), err);
        assertTrue(err.contains("The command line works without the window: see nestling --help"), err);
        assertTrue(err.contains(WindowToolkitProblem.SAFE), err);
        assertFalse(err.contains("unexpected error"), err);
        assertFalse(err.contains("Exception in thread") || err.contains("at nestling."), "a stack trace: " + err);
        assertTrue(seconds < 20, "took " + seconds + " s");

        // the activity log beside the vault says what happened, for a bug report
        String log = Files.readString(RotatingLogFile.file(vault.resolve(ActivityLog.DIRECTORY), 0), StandardCharsets.UTF_8);
        assertTrue(log.contains("WARNING nestling.app.GuiLauncher: the window did not open: no graphical desktop session"), log);
        assertFalse(Files.exists(vault.resolve("nestling.vault")), "no vault was created");
    }
}
