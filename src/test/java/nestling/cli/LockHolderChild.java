package nestling.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nestling.store.VaultSession;
import nestling.vault.VaultOptions;

/**
 * A second Nestling process for the "in use" tests: unlocks the vault (passphrase on the first line
 * of stdin), prints {@code UNLOCKED}, and stays unlocked until its stdin closes.
 * Argument: the vault directory.
 */
public final class LockHolderChild {
    private LockHolderChild() {
    }

    public static void main(String[] args) throws Exception {
        char[] passphrase = PassphraseSource.readLine(System.in);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (VaultSession session = VaultSession.unlock(Path.of(args[0]), passphrase,
                VaultOptions.defaults().withFastKdfForTests())) {
            out.println("UNLOCKED");
            System.in.read();
        }
    }
}
