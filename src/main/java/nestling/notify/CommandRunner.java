package nestling.notify;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a program with its arguments as a list (no shell) and returns its exit code. */
public interface CommandRunner {
    int run(List<String> command, Duration timeout) throws IOException, InterruptedException;

    /** The real one: output discarded, killed when it takes longer than the timeout (exit code -1). */
    CommandRunner PROCESSES = (command, timeout) -> {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    };
}
