package nestling.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import nestling.vault.Argon2Kdf;
import nestling.vault.KdfParameters;

/**
 * The KDF as a command pays it, for the startup benchmark's log budget: one derivation at the
 * default settings in a fresh JVM (its code not yet compiled), timed from inside, so the JVM's own
 * start is not counted. Prints the milliseconds.
 */
public final class KdfOnce {
    private KdfOnce() {
    }

    /** One fresh JVM's KDF (this JDK, the development image's modules), in nanoseconds. */
    static long nanos() throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path lib = Path.of("target", "nestling", "lib").toAbsolutePath();
        String testClasses = Path.of("target", "test-classes").toAbsolutePath().toString();
        Process process = new ProcessBuilder(java, "--module-path", lib.toString(), "--add-modules", "nestling",
                "--add-exports", "nestling/nestling.vault=ALL-UNNAMED", "-cp", testClasses, KdfOnce.class.getName())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("KdfOnce failed: " + output);
        }
        return Math.round(Double.parseDouble(output.lines().reduce((first, last) -> last).orElseThrow()) * 1e6);
    }

    public static void main(String[] args) {
        KdfParameters parameters = KdfParameters.freshDefaults(new SecureRandom());
        long start = System.nanoTime();
        Argon2Kdf.derive("bench passphrase".toCharArray(), parameters).close();
        System.out.println((System.nanoTime() - start) / 1_000_000.0);
    }
}
