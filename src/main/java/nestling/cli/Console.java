package nestling.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** What a command talks to: standard streams and the environment (replaceable in tests). */
public record Console(InputStream in, PrintWriter out, PrintWriter err, Map<String, String> environment) {

    public static Console system() {
        return new Console(System.in,
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
                System.getenv());
    }
}
