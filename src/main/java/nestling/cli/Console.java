package nestling.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a command talks to: standard streams and the environment (replaceable in tests), and who to
 * tell which vault directory a command is about to use (the app starts its operations log there).
 */
public record Console(InputStream in, PrintWriter out, PrintWriter err, Map<String, String> environment,
        Consumer<Path> vaultDirectoryInUse) {

    public Console(InputStream in, PrintWriter out, PrintWriter err, Map<String, String> environment) {
        this(in, out, err, environment, directory -> { });
    }

    /** This console, telling {@code listener} the vault directory each command uses. */
    public Console withVaultDirectoryListener(Consumer<Path> listener) {
        return new Console(in, out, err, environment, listener);
    }

    public static Console system() {
        return new Console(System.in,
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
                System.getenv());
    }
}
