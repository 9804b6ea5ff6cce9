package nestling.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import nestling.journal.InboxMerge;
import nestling.store.VaultSession;
import nestling.vault.AnotherWriterException;
import nestling.vault.ReadOnlyVaultException;
import nestling.vault.VaultException;
import nestling.vault.VaultOptions;

/** Opening the vault for a command, with each vault problem turned into its exit code and message. */
final class VaultCommands {
    private VaultCommands() {
    }

    static VaultSession unlock(Console console, Path directory, PassphraseSource passphrases) {
        return unlock(console, directory, passphrases, false);
    }

    /**
     * As above; {@code oneStep} for a command that changes or reads a little and exits ({@code log}):
     * see {@link VaultSession#unlockReleasingHeapLater}.
     */
    static VaultSession unlock(Console console, Path directory, PassphraseSource passphrases, boolean oneStep) {
        try {
            return unlockOrRefuse(console, directory, passphrases, oneStep);
        } catch (VaultException e) {
            throw failure(e);
        }
    }

    /** As {@link #unlock}, with the vault's refusal as it is, for a command that reports it in its own form. */
    static VaultSession unlockOrRefuse(Console console, Path directory, PassphraseSource passphrases)
            throws VaultException {
        return unlockOrRefuse(console, directory, passphrases, false);
    }

    private static VaultSession unlockOrRefuse(Console console, Path directory, PassphraseSource passphrases,
            boolean oneStep) throws VaultException {
        char[] passphrase = passphrases.next(console, "the passphrase");
        console.vaultDirectoryInUse().accept(directory);
        VaultSession session;
        try {
            session = oneStep ? VaultSession.unlockReleasingHeapLater(directory, passphrase, VaultOptions.defaults())
                    : VaultSession.unlock(directory, passphrase, VaultOptions.defaults());
        } finally {
            Arrays.fill(passphrase, '\0');
        }
        // What was logged while locked is merged before the command reads or changes anything.
        InboxMerge.Report merged = InboxMerge.afterUnlock(session, Clock.system(CliTime.zone(console.environment())));
        if (merged.merged() > 0) {
            console.err().println("nestling: note: merged " + merged.merged() + " entr" + (merged.merged() == 1 ? "y" : "ies")
                    + " logged while locked.");
        }
        for (String notice : merged.notices()) {
            console.err().println("nestling: warning: " + notice);
        }
        session.noteAtUnlock(merged.notices());
        if (session.vault().readOnly()) {
            // one line, on stderr: the output a script reads stays the command's own
            console.err().println("nestling: note: the vault folder is read-only; reading works, nothing can be saved.");
        }
        return session;
    }

    static CliFailure failure(VaultException e) {
        return new CliFailure(e.problem().exitCode(), e.problem().message());
    }

    /**
     * A save that failed: another Nestling took the vault over (exit 5, its own message), or the disk
     * refused ({@code otherwise}, exit 1; the message of a disk error may hold a path, its kind is enough).
     */
    static CliFailure saveFailure(IOException e, String otherwise) {
        if (e instanceof AnotherWriterException other) {
            return new CliFailure(other.problem().exitCode(), other.problem().message());
        }
        if (e instanceof ReadOnlyVaultException readOnly) {
            return new CliFailure(readOnly.problem().exitCode(), readOnly.problem().message());
        }
        return new CliFailure(ExitCodes.OTHER, otherwise.formatted(e.getClass().getSimpleName()));
    }
}
