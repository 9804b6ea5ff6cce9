package nestling.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import nestling.backup.BackupException;
import nestling.backup.BackupKeys;
import nestling.backup.BackupProblem;
import nestling.backup.ConflictChoices;
import nestling.backup.sync.StickFolder;
import nestling.backup.sync.StickSync;
import nestling.store.VaultSession;
import nestling.vault.PassphrasePolicy;
import nestling.vault.SealedFile;
import nestling.vault.VaultException;
import nestling.vault.VaultOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nestling sync --with DIR}: merges the stick's family file into this vault, saves, then
 * writes the merged state back to the stick, verified. "Synced" is printed only once both are on disk.
 */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Sync this laptop with a family stick: bring in what the other laptops put on it, then leave"
                + " everything of this laptop's on it. The first sync sets the stick up.",
            "Conflicts (one record changed here and on the stick since this laptop last synced) are listed; the newest"
                + " change wins unless you say otherwise with --prefer or --keep."})
final class SyncCommand implements Callable<Integer> {
    /** Which version of a conflicting record to keep. */
    enum Prefer { newest, that, stick;

        ConflictChoices.Keep keep() {
            return switch (this) {
                case newest -> ConflictChoices.Keep.NEWEST;
                case that -> ConflictChoices.Keep.THIS_LAPTOP;
                case stick -> ConflictChoices.Keep.OTHER;
            };
        }
    }

    @Mixin
    VaultDirectory vault;

    @Mixin
    PassphraseSource passphrases;

    @Option(names = "--with", paramLabel = "DIR", required = true, description = "The stick's folder (the family file "
            + StickFolder.FAMILY_FILE + " is read and written there).")
    Path stick;

    @Option(names = "--separate-passphrase", description = "The stick has a family passphrase of its own, read as the"
            + " next line after the vault's (on the first sync: the one to set it up with).")
    boolean separatePassphrase;

    @Option(names = "--prefer", paramLabel = "newest|this|stick", converter = PreferConverter.class,
            description = "For every conflict, keep the newest change (default), this laptop's, or the stick's.")
    Prefer prefer = Prefer.newest;

    @Option(names = "--keep", paramLabel = "ID=this|stick", converter = {ConflictIds.class, PreferConverter.class},
            description = "For one conflict (its id as --dry-run lists it), keep this laptop's or the stick's version.")
    Map<String, Prefer> keep = new LinkedHashMap<>();

    @Option(names = "--dry-run", description = "Read the stick and list the conflicts; change nothing.")
    boolean dryRun;

    private final Console console;

    SyncCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        Path directory = vault.resolve(console.environment());
        char[] passphrase = passphrases.next(console, "the passphrase");
        char[] stickPassphrase = null;
        console.vaultDirectoryInUse().accept(directory);
        try (VaultSession session = unlock(directory, passphrase)) {
            stickPassphrase = separatePassphrase ? passphrases.next(console, "the stick's passphrase") : passphrase.clone();
            // a separate passphrase must open the file itself: the stick is written back with it, and a
            // mistyped one must not re-key the family's stick (the vault's key may open it anyway)
            BackupKeys keys = separatePassphrase ? BackupKeys.passphrase(stickPassphrase)
                    : new BackupKeys(session.vault().currentKey(), stickPassphrase);
            try (StickSync.Plan plan = StickSync.prepare(session.database(), stick, keys)) {
                SyncText text = new SyncText(console.out(), CliTime.zone(console.environment()));
                text.plan(plan, stick);
                if (dryRun) {
                    text.conflicts(plan.conflicts(), this::choice);
                    console.out().println("Dry run: nothing was changed.");
                    return ExitCodes.OK;
                }
                if (plan.firstUse() && separatePassphrase && !PassphrasePolicy.acceptable(stickPassphrase)) {
                    throw new CliFailure(ExitCodes.USAGE, "the stick's passphrase must have at least "
                            + PassphrasePolicy.MINIMUM_LENGTH + " characters.");
                }
                StickSync.Result result;
                try (SealedFile.Key key = separatePassphrase ? SealedFile.newKey(stickPassphrase, VaultOptions.defaults())
                        : session.vault().currentKey()) {
                    result = plan.apply(session, versions -> choice(versions), key, VaultOptions.defaults());
                } catch (IOException e) {
                    throw VaultCommands.saveFailure(e, "the stick's records were merged in memory, but the vault could"
                            + " not be saved (%s); the vault on disk and the stick are as they were. Check the disk and try again.");
                } catch (StickSync.StickNotWritten e) {
                    throw notWritten(e);
                }
                text.conflicts(plan.conflicts(), this::choice);
                text.result(result, plan.firstUse(), separatePassphrase);
            }
        } catch (BackupException e) {
            throw failure(e);
        } finally {
            Arrays.fill(passphrase, '\0');
            if (stickPassphrase != null) {
                Arrays.fill(stickPassphrase, '\0');
            }
        }
        return ExitCodes.OK;
    }

    private ConflictChoices.Keep choice(ConflictChoices.Versions versions) {
        return keep.getOrDefault(versions.id(), prefer).keep();
    }

    private static VaultSession unlock(Path directory, char[] passphrase) {
        try {
            return VaultSession.unlock(directory, passphrase.clone(), VaultOptions.defaults());
        } catch (VaultException e) {
            throw VaultCommands.failure(e);
        }
    }

    private CliFailure failure(BackupException e) {
        return switch (e.problem()) {
            case FOLDER_MISSING -> new CliFailure(e.problem().exitCode(), "the stick's folder " + stick
                    + " is not there. Is the stick plugged in? Nothing was changed.");
            case WRONG_PASSPHRASE -> new CliFailure(e.problem().exitCode(), "wrong passphrase for the stick's family file."
                    + (separatePassphrase ? "" : " If the stick has a family passphrase of its own, add --separate-passphrase"
                    + " and give it as the next line.") + " Nothing was changed.");
            case UNREADABLE -> new CliFailure(e.problem().exitCode(), "the stick could not be read; was it pulled out?"
                    + " Plug it in again and sync again. Nothing was changed.");
            case DAMAGED, NOT_A_BACKUP, INVALID_JSON, SCHEMA_VIOLATION, DUPLICATE_ID, IMPOSSIBLE_VALUE, OVERSIZED ->
                new CliFailure(e.problem().exitCode(), "the stick's family file and its older copy are both damaged"
                        + " (" + e.problem().message() + ") Nothing was changed. To set the stick up again from this laptop,"
                        + " move " + StickFolder.FAMILY_FILE + " and " + StickFolder.PREVIOUS_FILE + " off the stick and sync.");
            default -> BackupCommands.failure(e);
        };
    }

    private static CliFailure notWritten(StickSync.StickNotWritten e) {
        BackupException failure = e.failure();
        String why = StickSync.stickGone(failure) ? "the stick was pulled out or went away while it was written; plug it"
                + " in again and sync again" : failure.problem() == BackupProblem.WRITE_FAILED
                ? failure.detail() + "; " + ("the drive is full".equals(failure.detail()) ? "free some space on it" : "check it")
                + " and sync again" : failure.getMessage();
        return new CliFailure(failure.problem().exitCode(), (e.merged() == null ? "nothing was changed on this laptop"
                : "this laptop has the stick's records and saved them") + ", but the stick could not be written: " + why
                + ". The stick still holds its earlier family file, which is good.");
    }

    /** {@code this} is a Java keyword, so the enum spells it {@code that}. */
    static final class PreferConverter implements picocli.CommandLine.ITypeConverter<Prefer> {
        @Override
        public Prefer convert(String value) {
            return switch (value) {
                case "newest" -> Prefer.newest;
                case "this" -> Prefer.that;
                case "stick" -> Prefer.stick;
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not one of newest, this, stick");
            };
        }
    }

    /** A conflict's id as listed (a UUID). */
    static final class ConflictIds implements picocli.CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return java.util.UUID.fromString(value).toString();
        }
    }
}
