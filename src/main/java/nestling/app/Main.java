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
        sqliteLooksBesideItsLibrary(System.getProperties());
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

    /**
     * Where the Linux launcher has sqlite-jdbc load its native library from the runtime
     * ({@code org.sqlite.lib.path}), its temporary folder ({@code org.sqlite.tmpdir}) becomes that
     * library's folder unless one was given (JAVA_TOOL_OPTIONS): before loading, the driver lists
     * its temporary folder for libraries older runs unpacked there ({@code sqlite-VERSION-*}, none
     * in the runtime). /tmp holds thousands of entries on a busy machine: about 10 ms of every
     * command (issue 20). Nothing is unpacked either way: the library loads from where it is.
     */
    static void sqliteLooksBesideItsLibrary(java.util.Properties system) {
        String library = system.getProperty("org.sqlite.lib.path");
        if (library != null && system.getProperty("org.sqlite.tmpdir") == null) {
            system.setProperty("org.sqlite.tmpdir", library);
        }
    }
}
