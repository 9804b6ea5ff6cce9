package nestling.cli;

import picocli.CommandLine.Command;

/** {@code nestling baby add|list}. */
@Command(name = "baby", mixinStandardHelpOptions = true, description = "Add or list babies.",
        subcommands = {BabyAddCommand.class, BabyListCommand.class})
final class BabyCommand {
}
