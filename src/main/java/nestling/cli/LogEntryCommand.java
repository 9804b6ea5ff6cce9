package nestling.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.Callable;
import nestling.domain.Baby;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.EntryRules;
import nestling.domain.EntryType;
import nestling.domain.Meta;
import nestling.journal.InboxAction;
import nestling.journal.LockedInbox;
import nestling.vault.Vault;
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

    /** The type's fields from the options; {@code open} for lookups such as custom activities (null when locked). */
    abstract EntryData data(OpenJournal open, Instant start);

    /** Whether these options describe something that lasts (for types that may or may not). */
    boolean timed() {
        return type().span() == EntryType.Span.TIMED || options.start != null;
    }

    /** When the entry starts and ends (null for a moment), from the options. */
    private Instant[] times(Instant now, ZoneId zone) {
        if (timed()) {
            if (options.at != null) {
                throw new CliFailure(ExitCodes.USAGE, "log " + type().wireName() + " takes --start and --end, not --at");
            }
            if (options.start == null) {
                throw new CliFailure(ExitCodes.USAGE, "give --start (and --end, or it ends now)");
            }
            return new Instant[] {CliTime.instant("--start", options.start, zone),
                options.end == null ? now : CliTime.instant("--end", options.end, zone)};
        }
        if (options.end != null) {
            throw new CliFailure(ExitCodes.USAGE, "log " + type().wireName() + " takes one time, --at (or --start and --end"
                    + " for something that lasts), not --end alone");
        }
        return new Instant[] {options.at == null ? now : CliTime.instant("--at", options.at, zone), null};
    }

    /**
     * {@code --locked}: sealed into the inbox without the passphrase, merged at the next unlock.
     * Checked first as far as it can be without the vault (the fields and times; overlaps at the merge).
     */
    private Integer callLocked() {
        Path directory = vault.resolve(console.environment());
        if (!Vault.exists(directory)) {
            throw new CliFailure(ExitCodes.NOT_FOUND_OR_EXISTS, "there is no vault in " + directory
                    + ": make one with nestling init");
        }
        ZoneId zone = CliTime.zone(console.environment());
        Instant now = Instant.now();
        Instant[] times = times(now, zone);
        UUID babyId = LockedLogging.baby(directory, options.baby);
        EntryData data = data(null, times[0]);
        ZoneOffset given = CliTime.givenOffset(timed() ? options.start : options.at);
        ZoneOffset offset = given != null ? given : zone.getRules().getOffset(times[0]);
        UUID id = UUID.randomUUID();
        EntryRules.check(new Entry(Meta.fresh(now, null), babyId, times[0], times[1], offset, data), now, List.of())
                .throwIfAny();
        try {
            LockedInbox.log(directory, new InboxAction.NewEntry(id, babyId, type(), times[0], times[1], offset, now,
                    options.by, data));
        } catch (IOException e) {
            throw LockedLogging.writeFailure(e);
        }
        // only now, with the record on disk
        if (options.json) {
            console.out().println("{\"locked\":true,\"id\":\"" + id + "\",\"type\":\"" + type().wireName() + "\"}");
        } else {
            console.out().println("Logged (locked: merged at the next unlock)  (id " + id + ")");
        }
        console.out().flush();
        return ExitCodes.OK;
    }

    @Override
    public Integer call() {
        if (options.locked) {
            return callLocked();
        }
        try (OpenJournal open = OpenJournal.openForOneStep(console, vault, passphrases)) {
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
        if (options.locked) {
            throw new CliFailure(ExitCodes.USAGE, "--locked logs one entry without the passphrase; a batch is unlocked already");
        }
        Baby baby = Targets.baby(open.journal.family(), options.baby);
        Instant now = Instant.now();
        Instant[] times = times(now, open.zone);
        Instant start = times[0];
        Instant end = times[1];
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
