package nestling.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The notification path with a recording command runner, and the real runner on a real script. */
class NotifierTest {
    private final List<List<String>> ran = new ArrayList<>();

    private CommandRunner answering(int exit) {
        return (command, timeout) -> {
            ran.add(command);
            return exit;
        };
    }

    private static java.util.function.Function<String, Optional<Path>> installed(Map<String, String> programs) {
        return name -> Optional.ofNullable(programs.get(name)).map(Path::of);
    }

    @Test
    void notifySendGetsTheTextsAsSeparateArgumentsAfterTheOptionsEnd() {
        LinuxNotifier notifier = new LinuxNotifier(answering(0), installed(Map.of("notify-send", "/usr/bin/notify-send",
                "gdbus", "/usr/bin/gdbus")));
        assertTrue(notifier.show("Nestling", "--urgency=critical; rm -rf ~ $(reboot)"));
        assertEquals(List.of(List.of("/usr/bin/notify-send", "--app-name=Nestling", "--", "Nestling",
                "--urgency=critical; rm -rf ~ $(reboot)")), ran);
    }

    @Test
    void withoutNotifySendGdbusCallsTheServiceWithQuotedLiterals() {
        LinuxNotifier notifier = new LinuxNotifier(answering(0), installed(Map.of("gdbus", "/usr/bin/gdbus")));
        assertTrue(notifier.show("Nestling", "it's \\ due"));
        List<String> call = ran.getFirst();
        assertEquals("/usr/bin/gdbus", call.getFirst());
        assertEquals("org.freedesktop.Notifications.Notify", call.get(call.indexOf("--method") + 1));
        assertTrue(call.contains("'it\\'s \\\\ due'"), call::toString);
    }

    @Test
    void noToolOrAFailingOneSaysNotShownSoTheWindowFallsBack() {
        assertFalse(new LinuxNotifier(answering(0), installed(Map.of())).show("Nestling", "a dose is due"));
        assertEquals(List.of(), ran);
        assertFalse(new LinuxNotifier(answering(1), installed(Map.of("notify-send", "/x/notify-send")))
                .show("Nestling", "a dose is due"));
        assertFalse(new LinuxNotifier((command, timeout) -> {
            throw new IOException("no such program");
        }, installed(Map.of("notify-send", "/x/notify-send"))).show("Nestling", "a dose is due"));
    }

    @Test
    void theRealRunnerRunsAProgramWithoutAShellAndStopsOneThatHangs(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("args");
        Path script = dir.resolve("notify-send");
        Files.writeString(script, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > '" + out + "'\n");
        assertTrue(script.toFile().setExecutable(true));
        LinuxNotifier notifier = new LinuxNotifier(CommandRunner.PROCESSES, installed(Map.of("notify-send",
                script.toString())));
        assertTrue(notifier.show("Nestling", "a dose is due $(touch " + dir.resolve("pwned") + ")"));
        assertEquals(List.of("--app-name=Nestling", "--", "Nestling", "a dose is due $(touch " + dir.resolve("pwned") + ")"),
                Files.readAllLines(out));
        assertFalse(Files.exists(dir.resolve("pwned")));
        Path slow = dir.resolve("slow");
        Files.writeString(slow, "#!/bin/sh\nsleep 5\n");
        assertTrue(slow.toFile().setExecutable(true));
        assertEquals(-1, CommandRunner.PROCESSES.run(List.of(slow.toString()), Duration.ofMillis(200)));
    }

    @Test
    void theTrayIsUsedOnWindowsAndMacAndSaysNotShownWhereThereIsNone() {
        assertInstanceOf(TrayNotifier.class, Notifiers.forSystem("Windows 11"));
        assertInstanceOf(TrayNotifier.class, Notifiers.forSystem("Mac OS X"));
        assertInstanceOf(LinuxNotifier.class, Notifiers.forSystem("Linux"));
        assertEquals(Notifier.NONE, Notifiers.forSystem("Plan 9"));
        try (TrayNotifier tray = new TrayNotifier()) {
            // the test JVM is headless (or has no tray): the tray must refuse, not throw
            if (java.awt.GraphicsEnvironment.isHeadless() || !java.awt.SystemTray.isSupported()) {
                assertFalse(tray.show("Nestling", "a dose is due"));
            }
        }
    }
}
