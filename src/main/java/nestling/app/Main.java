package nestling.app;

import nestling.cli.Console;
import nestling.cli.NestlingCommand;

/**
 * The single entry point of the launcher: with a subcommand Nestling runs headless on the command
 * line; without one it opens the window.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws java.io.IOException {
        String training = System.getProperty(AotTraining.PROPERTY);
        if (training != null) {
            // The installers' build only (-XX:AOTCacheOutput): the same main class as a parent's start,
            // so the JVM accepts the cache it writes for the launcher's runs.
            AotTraining.run(java.nio.file.Path.of(training));
            return;
        }
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // What scripts and installers probe, answered before picocli builds its model of every
            // command (about 700 classes, two thirds of this start); the same line picocli prints.
            System.out.println(BuildInfo.versionLine());
            return;
        }
        ActivityLog log = ActivityLog.takeOver();
        int exitCode;
        try {
            exitCode = NestlingCommand.run(args, new GuiLauncher(log), Console.system().withVaultDirectoryListener(log::writeTo));
        } finally {
            log.close();
        }
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }
}
