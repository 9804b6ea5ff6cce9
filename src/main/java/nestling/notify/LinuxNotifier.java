package nestling.notify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The desktop's notification service (freedesktop.org) through {@code notify-send} when it is
 * installed, else {@code gdbus} on the session bus. Both talk to the local desktop only. Which one
 * exists is looked up on the PATH when the first message is shown; a desktop without either (or
 * whose command fails) gets {@code false}, and the window falls back.
 */
public final class LinuxNotifier implements Notifier {
    static final Duration TIMEOUT = Duration.ofSeconds(5);
    private final CommandRunner runner;
    private final Function<String, Optional<Path>> which;

    /** @param which finds a program by name (on the PATH in real use) */
    public LinuxNotifier(CommandRunner runner, Function<String, Optional<Path>> which) {
        this.runner = runner;
        this.which = which;
    }

    public static LinuxNotifier onThisSystem() {
        return new LinuxNotifier(CommandRunner.PROCESSES, LinuxNotifier::onPath);
    }

    @Override
    public boolean show(String title, String body) {
        Optional<List<String>> command = command(title, body);
        if (command.isEmpty()) {
            return false;
        }
        try {
            return runner.run(command.get(), TIMEOUT) == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The argument list for the first tool found; each text is one argument, whatever it holds. */
    Optional<List<String>> command(String title, String body) {
        Optional<Path> notifySend = which.apply("notify-send");
        if (notifySend.isPresent()) {
            return Optional.of(List.of(notifySend.get().toString(), "--app-name=Nestling", "--", title, body));
        }
        return which.apply("gdbus").map(gdbus -> List.of(gdbus.toString(), "call", "--session",
                "--dest", "org.freedesktop.Notifications", "--object-path", "/org/freedesktop/Notifications",
                "--method", "org.freedesktop.Notifications.Notify",
                "Nestling", "0", "", variantString(title), variantString(body), "[]", "{}", "-1"));
    }

    /**
     * A GVariant text literal for gdbus: in single quotes with backslashes and quotes escaped, so
     * nothing in it can end the literal (gdbus parses its arguments; no shell is involved).
     */
    static String variantString(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(java.io.File.pathSeparator)) {
            if (folder.isBlank()) {
                continue;
            }
            Path candidate = Path.of(folder, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
