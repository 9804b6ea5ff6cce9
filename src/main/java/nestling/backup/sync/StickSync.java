package nestling.backup.sync;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nestling.backup.BackupException;
import nestling.backup.BackupExporter;
import nestling.backup.BackupKeys;
import nestling.backup.BackupMerger;
import nestling.backup.BackupProblem;
import nestling.backup.ConflictChoices;
import nestling.backup.LastBackup;
import nestling.backup.MergeSummary;
import nestling.backup.SafetyCopy;
import nestling.backup.SyncPoints;
import nestling.store.Database;
import nestling.store.VaultSession;
import nestling.vault.SealedFile;
import nestling.vault.VaultOptions;

/**
 * Sync with a stick in two steps, so a parent can decide conflicts in between. {@link #prepare}
 * reads the stick's family file (or its older good copy when the file is damaged) and works out the
 * conflicts on a copy of the database: nothing changes. {@link Plan#apply} then makes a safety copy,
 * merges with the parent's choices, saves the vault durably, and only then writes the merged state
 * back to the stick, verified ({@link StickFolder}). Laptops that take turns with one stick converge.
 */
public final class StickSync {
    private StickSync() {
    }

    /** Reads the stick and lists the conflicts; changes nothing. The plan must be closed. */
    public static Plan prepare(Database database, Path folder, BackupKeys keys) throws BackupException {
        StickFolder stick = new StickFolder(folder);
        StickFolder.Read read = stick.read(keys);
        List<ConflictChoices.Versions> conflicts = new ArrayList<>();
        MergeSummary preview = null;
        if (read.staged() != null) {
            try (Database copy = database.copy()) {
                preview = BackupMerger.merge(copy, read.staged(), versions -> {
                    conflicts.add(versions);
                    return ConflictChoices.Keep.NEWEST;
                });
            } catch (BackupException | RuntimeException e) {
                read.staged().close();
                throw e;
            }
        }
        return new Plan(stick, read, List.copyOf(conflicts), preview != null && preview.changedAnything());
    }

    /** What a finished sync did. {@code merged} is null when the stick was set up (it held nothing). */
    public record Result(MergeSummary merged, boolean stickWritten, Path file, Instant syncedAt, boolean usedOlderCopy,
            Path safetyCopy) {
    }

    /**
     * The vault holds the merge and is saved, but the stick could not be written; it still holds
     * what it held before. {@code failure} says why (a full stick, a pulled one).
     */
    public static final class StickNotWritten extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient BackupException failure;
        private final transient MergeSummary merged;

        StickNotWritten(BackupException failure, MergeSummary merged) {
            super(failure.getMessage(), failure);
            this.failure = failure;
            this.merged = merged;
        }

        public BackupException failure() {
            return failure;
        }

        /** What was merged into this laptop (null when the stick was being set up). */
        public MergeSummary merged() {
            return merged;
        }
    }

    /** The stick as read, and the conflicts a merge of it would meet. */
    public static final class Plan implements AutoCloseable {
        private final StickFolder stick;
        private final StickFolder.Read read;
        private final List<ConflictChoices.Versions> conflicts;
        /** Whether merging changes anything here (with a choice other than "newest", a conflict may). */
        private final boolean changesHere;

        private Plan(StickFolder stick, StickFolder.Read read, List<ConflictChoices.Versions> conflicts,
                boolean changesHere) {
            this.stick = stick;
            this.read = read;
            this.conflicts = conflicts;
            this.changesHere = changesHere || !conflicts.isEmpty();
        }

        /** True when the merge would change records on this laptop (a safety copy is made first). */
        public boolean changesHere() {
            return changesHere;
        }

        /** True when the stick holds no family file yet: syncing sets it up. */
        public boolean firstUse() {
            return read.staged() == null;
        }

        /** True when the current family file was damaged or missing and its older good copy was read. */
        public boolean usedOlderCopy() {
            return read.olderCopy();
        }

        /** When the family file read was written, by whichever laptop. */
        public Optional<Instant> stickWrittenAt() {
            return firstUse() ? Optional.empty() : Optional.of(read.staged().info().createdAt());
        }

        /** Records changed here and on the stick since this laptop last synced with it. */
        public List<ConflictChoices.Versions> conflicts() {
            return conflicts;
        }

        /**
         * Merges with {@code choices}, saves, writes the stick with {@code writeKey}. Throws
         * {@link IOException} when the vault could not be saved (the stick is then not touched) and
         * {@link StickNotWritten} when the stick could not be written.
         */
        public Result apply(VaultSession session, ConflictChoices choices, SealedFile.Key writeKey, VaultOptions options)
                throws BackupException, IOException, StickNotWritten {
            Database database = session.database();
            MergeSummary merged = null;
            Path safety = null;
            if (read.staged() != null) {
                if (changesHere) { // undo for a sync that brings something in; none is needed otherwise
                    safety = SafetyCopy.write(session, "sync", options);
                }
                merged = BackupMerger.merge(database, read.staged(), choices);
            }
            session.flush(); // the merge is on this laptop's disk before the stick is touched
            String stickId = read.staged() == null || read.staged().info().sourceVaultId() == null
                    ? SyncPoints.newStickId() : read.staged().info().sourceVaultId();
            boolean write = read.staged() == null || read.olderCopy()
                    || !SyncPoints.stickAlreadyHolds(database, read.staged(), merged);
            Instant at = options.clock().instant();
            Path file = stick.folder().resolve(StickFolder.FAMILY_FILE);
            if (write) {
                try {
                    BackupExporter.Result result = stick.write(database, writeKey, options, stickId,
                            read.staged() != null && !read.olderCopy());
                    at = result.createdAt();
                    file = result.file();
                } catch (BackupException e) {
                    throw new StickNotWritten(e, merged);
                }
                LastBackup.record(database, at); // the stick holds a verified copy of everything
            }
            SyncPoints.record(database, stickId, at);
            session.flush();
            return new Result(merged, write, file, at, read.olderCopy(), safety);
        }

        @Override
        public void close() {
            if (read.staged() != null) {
                read.staged().close();
            }
        }
    }

    /** True for the failures that mean the stick is not there (any more). */
    public static boolean stickGone(BackupException e) {
        return e.problem() == BackupProblem.DRIVE_GONE || e.problem() == BackupProblem.FOLDER_MISSING
                || "the drive or folder disappeared".equals(e.detail());
    }
}
