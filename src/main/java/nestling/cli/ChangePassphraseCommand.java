package nestling.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import nestling.store.VaultSession;
import nestling.vault.PassphrasePolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code nestling change-passphrase}: the old passphrase, then the new one, one per line. */
@Command(name = "change-passphrase", mixinStandardHelpOptions = true,
        description = "Re-encrypt the vault under a new passphrase (input: the old one, then the new one).")
final class ChangePassphraseCommand implements Callable<Integer> {
    @Mixin
    VaultDirectory vault;

    @Mixin
    PassphraseSource passphrases;

    private final Console console;

    ChangePassphraseCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        Path directory = vault.resolve(console.environment());
        try (VaultSession session = VaultCommands.unlock(console, directory, passphrases)) {
            char[] next = passphrases.next(console, "the new passphrase");
            try {
                if (!PassphrasePolicy.acceptable(next)) {
                    throw new CliFailure(ExitCodes.USAGE, "the new passphrase must have at least "
                            + PassphrasePolicy.MINIMUM_LENGTH + " characters. Nothing was changed.");
                }
                session.changePassphrase(next);
            } catch (IOException e) {
                throw VaultCommands.saveFailure(e,
                        "the vault could not be saved under the new passphrase (%s); the old passphrase still works.");
            } finally {
                Arrays.fill(next, '\0');
            }
            console.out().println("Passphrase changed. Backups made before today still open with the old one.");
        }
        return ExitCodes.OK;
    }
}
