package nestling.bench;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An X server without a screen (Xvfb, 1024x640), for the benchmarks that start the window the way
 * a parent's desktop does: GTK, not the Headless platform the tests use. Closing it stops the server.
 */
final class VirtualDisplay implements AutoCloseable {
    private final Process xvfb;
    private final int number;

    private VirtualDisplay(Process xvfb, int number) {
        this.xvfb = xvfb;
        this.number = number;
    }

    /**
     * Starts Xvfb on the first free display from :90, its messages in {@code scratch}/xvfb.txt. It
     * names the display once it accepts connections ({@code -displayfd}): waiting for its socket
     * file instead raced a server just stopped, and the window then found no display. (Left to
     * choose a display itself, Xvfb took :0, which GTK then could not open in one run of nine.)
     */
    static VirtualDisplay start(Path scratch) throws Exception {
        int wanted = freeDisplay();
        // -noreset: by default the server resets whenever its last client leaves, and a window that
        // connected during such a reset (between two xdotool probes) found "cannot open display"
        Process xvfb = new ProcessBuilder("Xvfb", ":" + wanted, "-displayfd", "1", "-screen", "0", "1024x640x24",
                "-nolisten", "tcp", "-noreset").redirectError(scratch.resolve("xvfb.txt").toFile()).start();
        java.util.concurrent.CompletableFuture<String> named = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return new java.io.BufferedReader(new java.io.InputStreamReader(xvfb.getInputStream(),
                        StandardCharsets.US_ASCII)).readLine();
            } catch (java.io.IOException e) {
                return null;
            }
        });
        String number;
        try {
            number = named.get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            number = null;
        }
        if (number == null || !number.strip().equals(Integer.toString(wanted))) {
            xvfb.destroy();
            throw new IllegalStateException("Xvfb :" + wanted + " did not start (see " + scratch.resolve("xvfb.txt") + ")");
        }
        VirtualDisplay display = new VirtualDisplay(xvfb, wanted);
        display.awaitClients(scratch);
        return display;
    }

    /**
     * Waits until an X client can connect (xdotool asks for the screen's size): even once Xvfb named
     * its display, the first window started at once failed to open it now and then.
     */
    private void awaitClients(Path scratch) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            ProcessBuilder builder = new ProcessBuilder("xdotool", "getdisplaygeometry").redirectErrorStream(true);
            builder.environment().put("DISPLAY", name());
            Process probe = builder.start();
            probe.getInputStream().readAllBytes();
            if (probe.waitFor() == 0) {
                return;
            }
            Thread.sleep(100);
        }
        close();
        throw new IllegalStateException("Xvfb " + name() + " accepted no client within 10 s (see "
                + scratch.resolve("xvfb.txt") + ")");
    }

    /** The value of DISPLAY for programs shown on it. */
    String name() {
        return ":" + number;
    }

    @Override
    public void close() throws InterruptedException {
        xvfb.destroy();
        xvfb.waitFor(10, TimeUnit.SECONDS);
    }

    /** Runs xdotool on this display; its output. */
    String xdotool(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("xdotool"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DISPLAY", name());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("xdotool " + String.join(" ", arguments) + " failed: " + output);
        }
        return output;
    }

    /**
     * What a benchmark of the installed window lacks on this machine (Xvfb, xdotool, the installer
     * image's launcher), as words for its table; empty when nothing is missing.
     */
    static List<String> missingFor(Path launcher) {
        List<String> missing = new ArrayList<>();
        for (String tool : List.of("Xvfb", "xdotool")) {
            if (onPath(tool) == null) {
                missing.add(tool + " (apt-get install -y xvfb xdotool)");
            }
        }
        if (!gtkInstalled()) {
            missing.add("GTK 3 (apt-get install -y libgtk-3-0)");
        }
        if (!Files.isExecutable(launcher)) {
            missing.add(launcher + " (./mvnw -Pinstaller package -DskipTests)");
        }
        return missing;
    }

    /**
     * Types {@code text} into the Nestling window of {@code window} once it shows and has settled
     * (its lock screen), a key every {@code keyMillis}. Fails, rather than waits for ever, when the
     * process ends first (it could not open its window) or shows none within a minute.
     */
    void typeIntoWindow(Process window, String text, long keyMillis) throws Exception {
        String id = windowOf(window);
        Thread.sleep(1500); // the lock screen's first layout, as a parent's eyes find the field
        xdotool("windowfocus", "--sync", id);
        xdotool("type", "--delay", Long.toString(keyMillis), text);
    }

    private String windowOf(Process window) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!window.isAlive()) {
                throw new IllegalStateException("the window's process ended (exit " + window.exitValue()
                        + ") before it showed a window");
            }
            // without --sync: xdotool exits 1 while there is no such window yet
            ProcessBuilder builder = new ProcessBuilder("xdotool", "search", "--onlyvisible", "--name", "Nestling")
                    .redirectErrorStream(true);
            builder.environment().put("DISPLAY", name());
            Process search = builder.start();
            String found = new String(search.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (search.waitFor() == 0 && !found.isBlank()) {
                return found.lines().findFirst().orElseThrow();
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no Nestling window within 60 s");
    }

    /** The program's path when it is on the PATH, else null. */
    static Path onPath(String tool) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Whether the dynamic linker knows libgtk-3.so.0, which JavaFX's GTK window needs. */
    private static boolean gtkInstalled() {
        try {
            Process ldconfig = new ProcessBuilder("/sbin/ldconfig", "-p").redirectErrorStream(true).start();
            String libraries = new String(ldconfig.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return ldconfig.waitFor() == 0 && libraries.contains("libgtk-3.so.0");
        } catch (java.io.IOException e) {
            return true; // no ldconfig to ask: the window's own message says what is missing
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private static int freeDisplay() {
        for (int display = 90; display < 200; display++) {
            if (!Files.exists(Path.of("/tmp/.X" + display + "-lock"))) {
                return display;
            }
        }
        throw new IllegalStateException("no free X display between :90 and :199");
    }
}
