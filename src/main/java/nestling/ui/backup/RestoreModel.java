package nestling.ui.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nestling.backup.BackupException;
import nestling.backup.BackupFiles;
import nestling.backup.BackupKeys;
import nestling.backup.BackupMerger;
import nestling.backup.BackupRestorer;
import nestling.backup.BackupSummary;
import nestling.backup.MergeSummary;
import nestling.backup.SafetyCopy;
import nestling.backup.StagedBackup;
import nestling.store.VaultSession;
import nestling.ui.common.Passphrases;
import nestling.ui.common.Problems;
import nestling.ui.common.UiContext;

/**
 * The backup screen's "Restore or merge" part: check a backup file without changing anything
 * (with its own passphrase when it has one), then merge it into the vault or replace everything
 * with it, each after a safety copy and in one transaction. "Merged" or "Replaced" is said only once
 * the vault file holds it.
 */
public final class RestoreModel {
    /** What the restore part shows: nothing chosen, a checked file, or the result of applying it. */
    public enum Stage { NONE, INSPECTED, DONE }

    private final UiContext context;
    private final VaultSession session;
    private final Runnable changed;
    private final BackupTexts texts;
    private final BooleanProperty busy;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "importFile");
    private final StringProperty passphrase = new SimpleStringProperty(this, "importPassphrase", "");
    private final ReadOnlyObjectWrapper<Stage> stage = new ReadOnlyObjectWrapper<>(this, "importStage", Stage.NONE);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "importSummary", "");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "importResult", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "importError", "");
    private final ReadOnlyObjectWrapper<MergeSummary> lastMerge = new ReadOnlyObjectWrapper<>(this, "lastMerge");
    private boolean opened;

    /**
     * @param busy the backup screen's busy flag: one file job at a time
     * @param changed told after a merge or restore changed the vault, so other screens reload
     */
    RestoreModel(UiContext context, VaultSession session, BackupTexts texts, BooleanProperty busy, Runnable changed) {
        this.context = context;
        this.session = Objects.requireNonNull(session);
        this.texts = texts;
        this.busy = busy;
        this.changed = Objects.requireNonNull(changed);
    }

    /** Reads and checks {@code chosen} without changing anything, then shows what it holds. */
    public void inspect(Path chosen) {
        if (chosen == null || busy.get()) {
            return;
        }
        file.set(chosen);
        stage.set(Stage.NONE);
        summary.set("");
        result.set("");
        error.set("");
        lastMerge.set(null);
        busy.set(true);
        char[] typed = passphraseCopy();
        context.tasks().run(() -> {
            try (StagedBackup staged = BackupFiles.stage(chosen, keys(typed))) {
                return BackupSummary.of(staged);
            } finally {
                wipe(typed);
            }
        }, read -> {
            busy.set(false);
            summary.set(texts.summary(read));
            stage.set(Stage.INSPECTED);
        }, failure -> {
            busy.set(false);
            error.set(texts.problem(failure));
        });
    }

    /** A file the window was opened with (file association): the screen puts restore and merge first. */
    public void inspectOpened(Path chosen) {
        opened = chosen != null;
        inspect(chosen);
    }

    /** True when the screen was opened for a backup file from the desktop. */
    public boolean opened() {
        return opened;
    }

    /** Tries the chosen file again (after typing its passphrase). */
    public void retryInspect() {
        inspect(file.get());
    }

    /** Merges the inspected file: a safety copy first, then one transaction. */
    public void merge() {
        apply("merge", staged -> BackupMerger.merge(session.database(), staged));
    }

    /** Replaces everything with the inspected file: a safety copy first, then one transaction. */
    public void replace() {
        apply("restore", staged -> BackupRestorer.replace(session.database(), staged));
    }

    @FunctionalInterface
    private interface Apply {
        Object to(StagedBackup staged) throws BackupException;
    }

    private void apply(String what, Apply action) {
        Path chosen = file.get();
        if (chosen == null || busy.get() || stage.get() != Stage.INSPECTED) {
            return;
        }
        busy.set(true);
        error.set("");
        result.set(context.text("backup.import.working"));
        char[] typed = passphraseCopy();
        context.tasks().run(() -> {
            if (session.vault().readOnly()) {
                wipe(typed);
                throw new ReadOnlyFolder(); // nothing could be kept: not even the safety copy is written
            }
            Path safety;
            Object outcome;
            try {
                BackupFiles.Opened read = BackupFiles.open(chosen, keys(typed));
                // before staging, so its JSON and the staged records are never held at once (issue 21)
                safety = SafetyCopy.write(session, what, context.vaultOptions());
                try (StagedBackup staged = BackupFiles.stage(read)) {
                    outcome = action.to(staged);
                }
            } finally {
                wipe(typed);
            }
            // the staged records are freed first, not held through the save
            // "Merged" or "Replaced" is said only once the vault file holds it.
            IOException notSaved = null;
            try {
                session.flush();
            } catch (IOException e) {
                notSaved = e;
            }
            return new Applied(outcome, safety, notSaved);
        }, done -> {
            busy.set(false);
            stage.set(Stage.DONE);
            if (done.notSaved() != null) {
                // applied in memory; the saver keeps trying and the save status shows when it is done
                result.set(context.formats().message("backup.applied.notSaved", saveReason(done.notSaved()),
                        done.safety().toString()));
            } else if (done.outcome() instanceof MergeSummary merged) {
                lastMerge.set(merged);
                result.set(texts.merge(merged) + "\n"
                        + context.formats().message("backup.safetyCopy", done.safety().toString()));
            } else {
                result.set(context.formats().message("backup.replaced", done.safety().toString()));
            }
            changed.run();
        }, failure -> {
            busy.set(false);
            result.set("");
            error.set(failure instanceof ReadOnlyFolder
                    ? Problems.text(context.bundle(), nestling.vault.VaultProblem.READ_ONLY) : texts.problem(failure));
        });
    }

    /** What a merge or replace did, the safety copy written before it, and why it is not on disk yet (or null). */
    private record Applied(Object outcome, Path safety, IOException notSaved) {
    }

    /** A merge or replace refused before it starts: the vault was opened from a read-only folder. */
    private static final class ReadOnlyFolder extends RuntimeException {
        ReadOnlyFolder() {
            super(null, null, false, false);
        }
    }

    private String saveReason(IOException failure) {
        return context.text(nestling.ui.common.SaveFailureTexts.key(nestling.store.SaveFailure.of(failure)));
    }

    private BackupKeys keys(char[] typed) {
        return new BackupKeys(session.vault().currentKey(), typed);
    }

    private char[] passphraseCopy() {
        return passphrase.get().isEmpty() ? null : Passphrases.copy(passphrase.get());
    }

    private static void wipe(char[] typed) {
        if (typed != null) {
            Arrays.fill(typed, '\0');
        }
    }

    /** True while a file job of the backup screen runs: one at a time. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** The file chosen (or opened with), or null. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** The backup's own passphrase, when it was made with one (else the vault's key opens it). */
    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public ReadOnlyObjectProperty<Stage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    /** What the checked file holds. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What the merge or replace did, and where the safety copy is. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The last merge's summary, or null. */
    public ReadOnlyObjectProperty<MergeSummary> lastMergeProperty() {
        return lastMerge.getReadOnlyProperty();
    }
}
