package nestling.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nestling.store.VaultSession;
import nestling.testsupport.EntryRows;
import nestling.vault.VaultOptions;

/**
 * A second Nestling process for the "in use" and "one writer" tests: unlocks the vault (passphrase
 * on the first line of stdin), prints {@code UNLOCKED}, and stays unlocked until its stdin closes.
 * Each further line {@code note TEXT} writes a note and saves it, then prints {@code SAVED} or
 * {@code REFUSED} and the reason. Argument: the vault directory.
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
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("note ")) {
                    String text = line.substring("note ".length());
                    session.database().write(c -> {
                        EntryRows.note(c, text);
                        return null;
                    });
                    try {
                        session.flush();
                        out.println("SAVED");
                    } catch (IOException e) {
                        out.println("REFUSED " + e.getMessage());
                    }
                }
            }
        }
    }
}
