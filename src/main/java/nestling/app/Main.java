package nestling.app;

import nestling.cli.NestlingCommand;

/**
 * The single entry point of the launcher: with a subcommand Nestling runs headless on the command
 * line; without one it opens the window.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int exitCode = NestlingCommand.run(args, new GuiLauncher());
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }
}
