package nestling.app;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Application;
import nestling.cli.Console;
import nestling.cli.NestlingCommand;
import nestling.cli.WindowOpener;
import nestling.ui.shell.NestlingApplication;
import nestling.ui.shell.Section;

/**
 * The training run of the installers' AOT cache (issue 20; packaging/common/TrainAotCache.java runs
 * it under {@code -XX:AOTCacheOutput}). In one JVM, on a throwaway vault in the folder it is given:
 * the commands a family and its scripts use most, each as the launcher runs it (the passphrase on
 * stdin, the KDF at the vault's real settings); then, as its {@link Scope} asks, the window on the
 * Headless platform: unlock, the sections named, the lock screen. The JVM writes what that loaded, linked and profiled into the
 * cache when it exits, so a parent's start skips that work. Started by {@link Main} when the system
 * property {@value #PROPERTY} names the folder, which must be empty or missing.
 */
final class AotTraining {
    static final String PROPERTY = "nestling.aotTraining";
    /** What the run trains on: see {@link Scope}. */
    static final String SCOPE_PROPERTY = "nestling.aotTraining.scope";
    /** Printed last; the build takes a run without it for a failed one. */
    private static final String DONE = "training run complete";
    /** The throwaway vault's passphrase: nothing of a family's is involved in training. */
    private static final String PASSPHRASE = "training run, thrown away afterwards";

    private final Path vault;
    private final Map<String, String> environment;
    private final ActivityLog log;
    private final Scope scope;

    /**
     * What a training run covers. A bigger cache is not free: the JVM loads every class in it at
     * start, so each command pays for the window's classes and the other way round (about 10 ms
     * per 1,000 classes here), and the installers have a size limit.
     */
    enum Scope {
        /** Every command below, no window: the smallest cache. */
        COMMANDS(true, List.of()),
        /**
         * What a family does every day, and what issue 20's budgets measure: the logs, a timer, a
         * batch, a locked log; the window's lock screen, unlocked to Today, locked again.
         */
        EVERYDAY(false, List.of(Section.TODAY)),
        /** Every command and every section of the window. */
        FULL(true, List.of(Section.values()));

        final boolean everyCommand;
        final List<Section> sections;

        Scope(boolean everyCommand, List<Section> sections) {
            this.everyCommand = everyCommand;
            this.sections = sections;
        }

        static Scope named(String name) {
            for (Scope scope : values()) {
                if (scope.name().toLowerCase(Locale.ROOT).equals(name)) {
                    return scope;
                }
            }
            throw new IllegalArgumentException(SCOPE_PROPERTY + " is commands, everyday or full, not " + name);
        }
    }

    private AotTraining(Path folder, ActivityLog log, Scope scope) {
        this.log = log;
        this.scope = scope;
        this.vault = folder.resolve("vault");
        this.environment = new HashMap<>(System.getenv());
        environment.put("NESTLING_HOME", vault.toString()); // as scripts name their vault
    }

    static void run(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (var entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException("the training folder " + folder + " must be empty");
                }
            }
        }
        Files.createDirectories(folder);
        ActivityLog log = ActivityLog.takeOver(); // as Main does: the activity log in the vault folder
        try {
            Scope scope = Scope.named(System.getProperty(SCOPE_PROPERTY, "commands"));
            new AotTraining(folder, log, scope).commandsThenWindow(folder);
        } finally {
            log.close();
        }
    }

    private void commandsThenWindow(Path folder) {
        LocalDate today = LocalDate.now();
        LocalDateTime evening = today.minusDays(1).atTime(20, 0);
        if (scope.everyCommand) {
            command("", "--help");
        }
        unlocked("init");
        unlocked("baby", "add", "--name", "Ada", "--birth", today.minusDays(60).toString());
        unlocked("log", "diaper", "--wet");
        unlocked("log", "bottle", "--ml", "90");
        unlocked("log", "sleep", "--start", evening.toString(), "--end", evening.plusMinutes(130).toString());
        unlocked("log", "breastfeeding", "--start", evening.plusHours(3).toString(), "--end", evening.plusMinutes(200).toString(),
                "--last-side", "left");
        unlocked("log", "note", "--text", "training");
        unlocked("timer", "start", "--kind", "sleep");
        if (scope.everyCommand) {
            unlocked("timer", "list");
        }
        unlocked("timer", "stop", "--kind", "sleep");
        command(PASSPHRASE + "\n" + batchLines(evening), "batch", "--passphrase-stdin");
        command("", "log", "diaper", "--dirty", "--locked"); // sealed for the inbox (X25519), merged at the next unlock
        if (scope.everyCommand) {
            unlocked("list");
            unlocked("stats", "--day", today.toString());
            unlocked("next");
            unlocked("handover");
            unlocked("reminders");
            unlocked("check", "--json");
            unlocked("export", "--out", folder.resolve("backup.nestling").toString());
        }
        // The window last (no command: NestlingCommand opens it); its tour leaves through Platform.exit.
        if (!scope.sections.isEmpty()) {
            command("", "--vault", vault.toString());
        }
        System.out.println(DONE);
    }

    /** A script's day in batch lines: both syntaxes (log words and JSON), the common kinds. */
    private static String batchLines(LocalDateTime from) {
        List<String> kinds = List.of("diaper --at %s --wet --dirty", "bottle --at %s --ml 120",
                "{\"type\":\"note\",\"at\":\"%s\",\"text\":\"batch\"}", "medicine --at %s --name Paracetamol --dose 60 --unit mg");
        StringBuilder lines = new StringBuilder();
        LocalDateTime at = from.truncatedTo(ChronoUnit.MINUTES);
        for (int round = 0; round < 8; round++) {
            for (String kind : kinds) {
                at = at.plusMinutes(11);
                lines.append(kind.formatted(at)).append('\n');
            }
        }
        return lines.toString();
    }

    /** A command that unlocks the vault, the passphrase on stdin as scripts give it. */
    private void unlocked(String... words) {
        List<String> args = new ArrayList<>(List.of(words));
        args.add("--passphrase-stdin");
        command(PASSPHRASE + "\n", args.toArray(String[]::new));
    }

    private void command(String stdin, String... args) {
        StringWriter output = new StringWriter();
        PrintWriter out = new PrintWriter(output, true);
        Console console = new Console(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, out, environment)
                .withVaultDirectoryListener(log::writeTo);
        int exitCode = NestlingCommand.run(args, new TrainingWindow(scope.sections), console);
        if (exitCode != 0) {
            throw new IllegalStateException("training: `nestling " + String.join(" ", args) + "` exited with "
                    + exitCode + ":\n" + output);
        }
    }

    /** Opens the window with the training tour; what NestlingCommand calls without a subcommand. */
    private record TrainingWindow(List<Section> sections) implements WindowOpener {
        @Override
        public void open(Path vaultDirectory) {
            List<String> arguments = new ArrayList<>(List.of(NestlingApplication.vaultArgument(vaultDirectory)));
            arguments.addAll(List.of(NestlingApplication.trainingTourArguments(PASSPHRASE, sections)));
            Application.launch(NestlingApplication.class, arguments.toArray(String[]::new));
        }

        @Override
        public void open(Path vaultDirectory, Path backupFile) {
            throw new UnsupportedOperationException("the training run opens no backup in the window");
        }
    }
}
