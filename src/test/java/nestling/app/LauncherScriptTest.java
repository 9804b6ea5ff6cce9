package nestling.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The development launcher {@code packaging/common/bin/nestling} (a POSIX shell script run with
 * {@code set -u}) in an environment without {@code HOME}, as a service or {@code env -i} starts it:
 * it used to die with "HOME: parameter not set" while looking for a Java.
 */
class LauncherScriptTest {
    @TempDir
    Path appHome;

    @Test
    void theLauncherRunsWithoutHome() throws Exception {
        Path sh = Path.of("/bin/sh");
        assumeTrue(Files.isExecutable(sh), "a POSIX shell (not on Windows)");
        Path script = Path.of("packaging/common/bin/nestling");
        Path bin = Files.createDirectories(appHome.resolve("bin"));
        Path lib = Files.createDirectories(appHome.resolve("lib"));
        Files.writeString(bin.resolve("nestling"), Files.readString(script)
                .replace("@MAIN_MODULE@", "nestling").replace("@MAIN_CLASS@", "nestling.app.Main"));
        // any Java 25 it finds prints its version and stops: the search itself is what is tested
        Files.writeString(lib.resolve("jvm.options"), "-version\n");

        ProcessBuilder builder = new ProcessBuilder(sh.toString(), bin.resolve("nestling").toString(), "--help")
                .redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.clear();
        environment.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the launcher hangs");

        assertFalse(output.contains("parameter not set"), output);
        // either a Java 25 was found (it ran -version), or the launcher says none was, in its own words
        if (process.exitValue() != 0) {
            assertTrue(output.contains("needs Java 25"), output);
            assertEquals(1, process.exitValue(), output);
        }
    }
}
