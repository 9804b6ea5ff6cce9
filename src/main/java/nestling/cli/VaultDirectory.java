package nestling.cli;

import java.nio.file.Path;
import java.util.Map;
import nestling.vault.VaultLocation;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --vault DIR} option shared by every command. Where it is absent: the same option given
 * before the command ({@code nestling --vault D init}), then {@code NESTLING_HOME}, else the OS
 * default data folder.
 */
final class VaultDirectory {
    @Option(names = "--vault", paramLabel = "DIR",
            description = "Vault directory (default: $NESTLING_HOME, else the OS data folder).")
    Path fromFlag;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    Path resolve(Map<String, String> environment) {
        return resolve(fromFlag != null ? fromFlag : fromRootCommand(), environment);
    }

    private Path fromRootCommand() {
        if (command == null || command.root() == command) {
            return null;
        }
        var option = command.root().findOption("--vault");
        return option == null ? null : option.getValue();
    }

    static Path resolve(Path fromFlag, Map<String, String> environment) {
        return VaultLocation.resolve(fromFlag, environment, System.getProperty("os.name"),
                Path.of(System.getProperty("user.home")));
    }
}
