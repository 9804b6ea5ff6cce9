package nestling.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Starts a separate JVM running a {@code main} class of the tests: the only honest
 * way to test what another process (a second Nestling, a process killed with SIGKILL) does to the
 * vault, since file locks and crashes behave differently inside one JVM.
 */
public final class ChildJvm {
    private ChildJvm() {
    }

    /** A started child with line-oriented stdout (stderr goes to a log, so a full pipe never blocks it). */
    public static Process start(Class<?> mainClass, java.nio.file.Path stderrLog, String... args) throws IOException {
        return start(mainClass, stderrLog, environment -> { }, args);
    }

    /**
     * As {@link #start(Class, java.nio.file.Path, String...)}, with the child's environment (a copy
     * of this one) changed first. The child gets none of this JVM's system properties (not Surefire's
     * glass.platform=Headless either), only the options below.
     */
    public static Process start(Class<?> mainClass, java.nio.file.Path stderrLog,
            Consumer<Map<String, String>> environment, String... args) throws IOException {
        return start(mainClass, stderrLog, environment, List.of(), args);
    }

    /** As above, with JVM options after the defaults (so {@code -Xmx48m} there wins over the default heap). */
    public static Process start(Class<?> mainClass, java.nio.file.Path stderrLog, Consumer<Map<String, String>> environment,
            List<String> jvmOptions, String... args) throws IOException {
        return start(mainClass, stderrLog, environment, jvmOptions, System.getProperty("jdk.module.path"), args);
    }

    /** As above, on {@code modulePath} instead of this JVM's own (e.g. with a jar replaced). */
    public static Process start(Class<?> mainClass, java.nio.file.Path stderrLog, Consumer<Map<String, String>> environment,
            List<String> jvmOptions, String modulePath, String... args) throws IOException {
        String java = ProcessHandle.current().info().command()
                .orElseThrow(() -> new IllegalStateException("cannot find the running java binary"));
        List<String> command = new ArrayList<>(List.of(java, "@" + System.getProperty("nestling.jvm.options"),
                "-Xmx256m",
                // C1 only: these children live for a second, startup matters more than peak speed
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"));
        command.addAll(jvmOptions);
        command.addAll(modulePath(mainClass, modulePath));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(stderrLog.toFile()));
        environment.accept(builder.environment());
        return builder.start();
    }

    /**
     * As the tests themselves run (and the app ships): Nestling's module on the module path with the
     * test classes patched in, the test libraries on the class path.
     */
    private static List<String> modulePath(Class<?> mainClass, String modulePath) {
        String module = mainClass.getModule().getName();
        if (module == null) {
            return List.of("-cp", System.getProperty("java.class.path"), mainClass.getName());
        }
        return List.of("--module-path", modulePath,
                "--patch-module", module + "=" + System.getProperty("nestling.test.classes"),
                "--add-reads", module + "=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"),
                "--module", module + "/" + mainClass.getName());
    }

    public static BufferedReader stdout(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Reads lines until one equals {@code expected}; fails if the child ends first. */
    public static void awaitLine(BufferedReader out, String expected, Process process) throws IOException {
        String line;
        while ((line = out.readLine()) != null) {
            if (line.equals(expected)) {
                return;
            }
        }
        throw new IllegalStateException("child ended before printing " + expected + " (exit "
                + waitQuietly(process) + ")");
    }

    public static int waitQuietly(Process process) {
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return -1;
        }
    }
}
