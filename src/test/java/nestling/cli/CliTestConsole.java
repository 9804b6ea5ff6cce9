package nestling.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A console whose input is given and whose output is captured, for running commands in tests. */
final class CliTestConsole {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    final Console console;

    CliTestConsole(String stdin, Map<String, String> environment) {
        console = new Console(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true), environment);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }
}
