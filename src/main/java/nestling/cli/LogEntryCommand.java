package nestling.cli;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.Callable;
import nestling.domain.Baby;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import picocli.CommandLine.Mixin;

/**
 * What every {@code nestling log TYPE} does: open the vault, find the baby, read the times the
 * type needs, log the entry (validated by the journal: a refusal exits 2 with its messages), save,
 * and print it. Subclasses only turn their own options into the type's fields.
 */
abstract class LogEntryCommand implements Callable<Integer> {
    @Mixin
    VaultDirectory vault;

    @Mixin
    PassphraseSource passphrases;

    @Mixin
    LogOptions options;

    protected final Console console;

    LogEntryCommand(Console console) {
        this.console = console;
    }

    abstract EntryType type();

    /** The type's fields from the options; {@code open} for lookups such as custom activities. */
    abstract EntryData data(OpenJournal open, Instant start);

    /** Whether these options describe something that lasts (for types that may or may not). */
    boolean timed() {
        return type().span() == EntryType.Span.TIMED || options.start != null;
    }

    @Override
    public Integer call() {
        try (OpenJournal open = OpenJournal.open(console, vault, passphrases)) {
            EntryView view = logInto(open);
            open.save();
            if (options.json) {
                console.out().println(view.json());
            } else {
                console.out().println("Logged " + view.plainLine() + "  (id " + view.entry().id() + ")");
            }
            console.out().flush();
        }
        return ExitCodes.OK;
    }

    /**
     * Logs the entry these options describe into {@code open} without saving (the caller saves, and
     * only then reports it): the whole of {@code nestling log TYPE} but the vault, the save and the
     * output, so {@code nestling batch} applies many in one unlock.
     */
    EntryView logInto(OpenJournal open) {
        Baby baby = Targets.baby(open.journal.family(), options.baby);
        Instant now = Instant.now();
        Instant start;
        Instant end = null;
        if (timed()) {
            if (options.at != null) {
                throw new CliFailure(ExitCodes.USAGE, "log " + type().wireName() + " takes --start and --end, not --at");
            }
            if (options.start == null) {
                throw new CliFailure(ExitCodes.USAGE, "give --start (and --end, or it ends now)");
            }
            start = CliTime.instant("--start", options.start, open.zone);
            end = options.end == null ? now : CliTime.instant("--end", options.end, open.zone);
        } else {
            if (options.end != null) {
                throw new CliFailure(ExitCodes.USAGE, "log " + type().wireName() + " takes one time, --at (or --start and --end"
                        + " for something that lasts), not --end alone");
            }
            start = options.at == null ? now : CliTime.instant("--at", options.at, open.zone);
        }
        EntryData data = data(open, start);
        // Checked before --by may add a caregiver, so a refused entry leaves nothing behind.
        open.journal.entries().problems(baby.meta().id(), start, end, data, null).throwIfAny();
        UUID by = Targets.caregiver(open.journal.family(), options.by);
        // A time typed with its offset keeps it: the wall clock where it happened.
        ZoneOffset given = CliTime.givenOffset(timed() ? options.start : options.at);
        Entry entry = open.journal.entries().log(baby.meta().id(), start, end, data, by, given);
        return new EntryView(entry, baby.name(), Targets.caregiverName(
                open.journal.family().caregivers(true), entry.meta().createdBy()), open.zone,
                Targets.activityName(open.journal.family(), entry));
    }
}
