package nestling.cli;

import java.nio.file.Path;
import java.util.Arrays;
import nestling.store.VaultSession;
import nestling.vault.VaultException;
import nestling.vault.VaultOptions;

/** Opening the vault for a command, with each vault problem turned into its exit code and message. */
final class VaultCommands {
    private VaultCommands() {
    }

    static VaultSession unlock(Console console, Path directory, PassphraseSource passphrases) {
        char[] passphrase = passphrases.next(console, "the passphrase");
        console.vaultDirectoryInUse().accept(directory);
        try {
            return VaultSession.unlock(directory, passphrase, VaultOptions.defaults());
        } catch (VaultException e) {
            throw failure(e);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    static CliFailure failure(VaultException e) {
        return new CliFailure(e.problem().exitCode(), e.problem().message());
    }
}
