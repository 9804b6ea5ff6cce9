package nestling.cli;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Supplier;
import nestling.journal.Journal;
import nestling.store.VaultSession;

/**
 * An unlocked vault with its journal, for one command. {@link #save()} waits until every change is
 * on disk; a command only reports success after it.
 */
final class OpenJournal implements AutoCloseable {
    private final VaultSession session;
    final Journal journal;
    final ZoneId zone;

    private OpenJournal(VaultSession session, ZoneId zone) {
        this.session = session;
        this.zone = zone;
        this.journal = Journal.of(session.database(), Clock.system(zone));
    }

    static OpenJournal open(Console console, VaultDirectory vault, PassphraseSource passphrases) {
        return open(console, vault, passphrases, false);
    }

    /** As {@link #open}, for a command that makes one small change and exits ({@link VaultCommands#unlock}'s oneStep). */
    static OpenJournal openForOneStep(Console console, VaultDirectory vault, PassphraseSource passphrases) {
        return open(console, vault, passphrases, true);
    }

    private static OpenJournal open(Console console, VaultDirectory vault, PassphraseSource passphrases, boolean oneStep) {
        ZoneId zone = CliTime.zone(console.environment());
        return new OpenJournal(VaultCommands.unlock(console, vault.resolve(console.environment()), passphrases, oneStep),
                zone);
    }

    /** The vault's database, for a command over a core that takes it (the held inbox). */
    nestling.store.Database database() {
        return session.database();
    }

    /**
     * Runs {@code work} as one database write: its changes all stay or, if it throws, none do.
     * Nested, each inner one is undone alone; nothing is saved before the outermost one ends.
     */
    <T> T atomically(Supplier<T> work) {
        return session.database().write(connection -> work.get());
    }

    void save() {
        try {
            session.flush();
        } catch (IOException e) {
            throw VaultCommands.saveFailure(e,
                    "the change could not be written to the vault (%s). It was not saved; check the disk and try again.");
        }
    }

    @Override
    public void close() {
        session.close();
    }
}
