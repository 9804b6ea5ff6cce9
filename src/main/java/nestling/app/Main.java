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

    public static void main(String[] args) {
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
