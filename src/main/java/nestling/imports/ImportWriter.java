package nestling.imports;

import java.nio.file.Path;
import java.time.Instant;
import nestling.backup.BackupException;
import nestling.backup.BackupMerger;
import nestling.backup.MergeSummary;
import nestling.backup.SafetyCopy;
import nestling.backup.SecondaryIndexes;
import nestling.backup.StagedBackup;
import nestling.domain.Baby;
import nestling.store.BabyRepository;
import nestling.store.CompactView;
import nestling.store.Database;
import nestling.store.EntryRepository;
import nestling.store.VaultSession;
import nestling.vault.VaultOptions;

/**
 * Writes a plan the way a backup is merged, so an import is held to everything a backup is: its
 * records are staged in a database of their own and go through the backup's record checks
 * ({@link StagedBackup#ofRecords}); the vault's current state is saved as a safety copy
 * ({@code snapshots/before-import-…}); then one transaction adds them ({@link BackupMerger}). A
 * refusal anywhere changes nothing. The caller saves the vault and only then says "Imported".
 */
public final class ImportWriter {
    /** What was written: the merge's counts and the safety copy that undoes it (null when nothing was to add). */
    public record Written(MergeSummary merge, Path safetyCopy) {
    }

    private ImportWriter() {
    }

    /** Stages and checks the plan's records, as {@link #write} would, and throws them away: a dry run. */
    public static void check(ImportPlan plan, Database live, Instant now) throws BackupException {
        try (StagedBackup staged = stage(plan, live, now)) {
            // checked on the way in
        }
    }

    public static Written write(VaultSession session, ImportPlan plan, VaultOptions options) throws BackupException {
        if (plan.addsNothing()) {
            return new Written(null, null);
        }
        Instant now = options.clock().instant();
        try (StagedBackup staged = stage(plan, session.database(), now)) {
            Path safety = SafetyCopy.write(session, "import", options);
            return new Written(BackupMerger.merge(session.database(), staged), safety);
        }
    }

    /**
     * The plan's records in a database of their own: the new babies, the babies Nestling already has
     * exactly as they are now (so the merge finds them unchanged), and the entries.
     */
    private static StagedBackup stage(ImportPlan plan, Database live, Instant now) throws BackupException {
        // Shareable (at the latest schema): the merge attaches it to the vault instead of copying it.
        Database records = Database.createAtSchemaVersion(nestling.store.Migrations.latestVersion());
        try {
            records.write(c -> {
                for (Baby baby : plan.newBabies()) {
                    BabyRepository.save(c, baby);
                }
                for (Baby mapped : plan.existingBabies()) {
                    Baby current = live.read(l -> BabyRepository.find(l, mapped.meta().id())).orElse(mapped);
                    BabyRepository.save(c, current);
                }
                if (plan.entries().size() >= SecondaryIndexes.WORTH_IT_FROM_ROWS) {
                    // as a large backup is staged: the staged table is only read whole (checks, merge), so
                    // keeping its plain indexes up to date row by row would be work for nothing
                    SecondaryIndexes.setAside(c, CompactView.ENTRY.table());
                }
                EntryRepository.saveAll(c, plan.entries());
                return null;
            });
        } catch (RuntimeException e) {
            records.close();
            throw e;
        }
        return StagedBackup.ofRecords(records, now, "import from " + plan.format().displayName());
    }
}
