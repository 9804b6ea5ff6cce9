package nestling.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import nestling.store.VaultSession;
import nestling.vault.PassphrasePolicy;
import nestling.vault.VaultException;
import nestling.vault.VaultOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code nestling init}: creates a new, empty vault. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create a new encrypted vault. A forgotten passphrase cannot be recovered: keep backups.")
final class InitCommand implements Callable<Integer> {
    @Mixin
    VaultDirectory vault;

    @Mixin
    PassphraseSource passphrases;

    private final Console console;

    InitCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        Path directory = vault.resolve(console.environment());
        char[] passphrase = passphrases.next(console, "the new passphrase");
        try {
            if (!PassphrasePolicy.acceptable(passphrase)) {
                throw new CliFailure(ExitCodes.USAGE, "the passphrase must have at least "
                        + PassphrasePolicy.MINIMUM_LENGTH + " characters.");
            }
            try (VaultSession session = VaultSession.create(directory, passphrase, VaultOptions.defaults())) {
                console.vaultDirectoryInUse().accept(directory);
                console.out().println("Created a new vault in " + directory
                        + " (generation " + session.vault().generation() + ").");
                console.out().println("A forgotten passphrase cannot be recovered. Make a backup once you have entries.");
            } catch (VaultException e) {
                throw VaultCommands.failure(e);
            }
            return ExitCodes.OK;
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }
}
