package nestling.ui.backup;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nestling.backup.BackupExporter;
import nestling.backup.CsvExport;
import nestling.backup.LastBackup;
import nestling.store.VaultSession;
import nestling.ui.common.PassphraseStrength;
import nestling.ui.common.Passphrases;
import nestling.ui.common.UiContext;
import nestling.vault.PassphrasePolicy;
import nestling.vault.SealedFile;

/**
 * The backup screen: back up now (encrypted with the vault's passphrase, a separate one, or plain
 * JSON), the last backup's age and the reminder period, CSV export; restore or merge from a file is
 * {@link RestoreModel}'s, and the other cards have their own models too. Every file and crypto step
 * runs through {@code context.tasks()}.
 */
public final class BackupViewModel {
    /** How the backup file is protected. */
    public enum Protection { VAULT_PASSPHRASE, SEPARATE_PASSPHRASE, PLAIN }

    private final UiContext context;
    private final VaultSession session;
    private final Runnable changed;
    private final BackupTexts texts;
    private final ObservableList<Path> drives = FXCollections.observableArrayList();
    private final ObjectProperty<Path> destination = new SimpleObjectProperty<>(this, "destination");
    private final ObjectProperty<Protection> protection = new SimpleObjectProperty<>(this, "protection",
            Protection.VAULT_PASSPHRASE);
    private final StringProperty backupPassphrase = new SimpleStringProperty(this, "backupPassphrase", "");
    private final ReadOnlyStringWrapper backupStatus = new ReadOnlyStringWrapper(this, "backupStatus", "");
    private final ReadOnlyStringWrapper backupError = new ReadOnlyStringWrapper(this, "backupError", "");
    private final ReadOnlyStringWrapper lastBackup = new ReadOnlyStringWrapper(this, "lastBackup", "");
    private final ReadOnlyBooleanWrapper reminderDue = new ReadOnlyBooleanWrapper(this, "reminderDue");
    private final IntegerProperty reminderDays = new SimpleIntegerProperty(this, "reminderDays",
            LastBackup.DEFAULT_REMINDER_DAYS);
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ReadOnlyStringWrapper csvStatus = new ReadOnlyStringWrapper(this, "csvStatus", "");
    private final StickSyncViewModel sync;
    private final FamilyCopyViewModel familyCopy;
    private final RestoreModel restore;
    private final AppImportViewModel appImport;

    /** @param changed told after a merge or restore changed the vault, so other screens reload */
    public BackupViewModel(UiContext context, VaultSession session, Runnable changed) {
        this.context = context;
        this.session = Objects.requireNonNull(session);
        this.changed = Objects.requireNonNull(changed);
        this.texts = new BackupTexts(context);
        // a sync writes a verified copy of everything to the stick: it counts as the last backup
        this.sync = new StickSyncViewModel(context, session, () -> {
            changed.run();
            refreshLastBackup();
        });
        this.familyCopy = new FamilyCopyViewModel(context, session, destination, busy);
        this.appImport = new AppImportViewModel(context, session, changed);
        this.restore = new RestoreModel(context, session, texts, busy, changed);
        refreshLastBackup();
        context.tasks().run(nestling.backup.RemovableDrives::suggest, found -> {
            drives.setAll(found);
            if (destination.get() == null && !found.isEmpty()) {
                destination.set(found.getFirst());
            }
            if (sync.folderProperty().get() == null && !found.isEmpty()) {
                sync.folderProperty().set(found.getFirst());
            }
        }, failure -> { });
    }

    /** Reads when the last backup was made and the reminder period (background). */
    public void refreshLastBackup() {
        Instant now = context.clock().instant();
        // the same rule as Today's card (LastBackup.reminderDue): a new vault is not asked on day one
        context.tasks().run(() -> new Object[] {LastBackup.of(session.database()).orElse(null),
                LastBackup.reminderDays(session.database()), LastBackup.reminderDue(session.database(), now)}, values -> {
                    Instant at = (Instant) values[0];
                    reminderDays.set((Integer) values[1]);
                    lastBackup.set(texts.lastBackup(at, now));
                    reminderDue.set((Boolean) values[2]);
                }, failure -> { });
    }

    /** The "Sync with this stick" part. */
    public StickSyncViewModel sync() {
        return sync;
    }

    /** "Restore or merge" from a backup file (its own card on this screen). */
    public RestoreModel restore() {
        return restore;
    }

    /** The guided import from another app (its own card on this screen). */
    public AppImportViewModel appImport() {
        return appImport;
    }

    /** The removable drives found on this computer, offered first as a destination. */
    public ObservableList<Path> drives() {
        return drives;
    }

    /** Why "Back up now" cannot run yet, or "" when it can. */
    public String backupBlocker() {
        if (destination.get() == null) {
            return context.text("backup.noDestination");
        }
        if (protection.get() == Protection.SEPARATE_PASSPHRASE
                && PassphraseStrength.of(backupPassphrase.get()) == PassphrasePolicy.Strength.TOO_SHORT) {
            return context.formats().message("backup.passphraseShort", PassphrasePolicy.MINIMUM_LENGTH);
        }
        return "";
    }

    /** Writes, reads back and verifies a backup in the destination folder, then records it. */
    public void backUpNow() {
        if (busy.get()) {
            return;
        }
        String blocker = backupBlocker();
        backupStatus.set("");
        backupError.set(blocker);
        if (!blocker.isEmpty()) {
            return;
        }
        Path target = destination.get();
        Protection chosen = protection.get();
        char[] passphrase = chosen == Protection.SEPARATE_PASSPHRASE ? Passphrases.copy(backupPassphrase.get()) : null;
        busy.set(true);
        backupStatus.set(context.text("backup.working"));
        context.tasks().run(() -> {
            try {
                SealedFile.Key key = switch (chosen) {
                    case VAULT_PASSPHRASE -> session.vault().currentKey();
                    case SEPARATE_PASSPHRASE -> SealedFile.newKey(passphrase, context.vaultOptions());
                    case PLAIN -> null;
                };
                try {
                    BackupExporter.Result result = BackupExporter.export(session.database(), target, key,
                            context.vaultOptions());
                    if (!session.vault().readOnly()) {
                        // a read-only vault keeps nothing: recording the backup would only show "Not saved"
                        LastBackup.record(session.database(), result.createdAt());
                    }
                    return result;
                } finally {
                    if (key != null) {
                        key.close();
                    }
                }
            } finally {
                if (passphrase != null) {
                    Arrays.fill(passphrase, '\0');
                }
            }
        }, result -> {
            busy.set(false);
            backupStatus.set(context.formats().message("backup.verified", result.file().getFileName().toString(),
                    result.file().getParent().toString(), context.formats().size(result.bytes())));
            refreshLastBackup();
        }, failure -> {
            busy.set(false);
            backupStatus.set("");
            backupError.set(texts.problem(failure));
        });
    }

    /** Stores a new reminder period (at least one day). */
    public void changeReminderDays(int days) {
        if (days < 1 || days == reminderDays.get()) {
            return;
        }
        reminderDays.set(days);
        context.tasks().run(() -> {
            LastBackup.setReminderDays(session.database(), days);
            return null;
        }, done -> refreshLastBackup(), failure -> backupError.set(context.text("backup.reminder.failed")));
    }

    /** Writes one CSV file per entry type into {@code folder}. */
    public void exportCsv(Path folder) {
        if (folder == null || busy.get()) {
            return;
        }
        busy.set(true);
        csvStatus.set(context.text("backup.csv.working"));
        context.tasks().run(() -> CsvExport.write(session.database(), folder), (List<Path> files) -> {
            busy.set(false);
            csvStatus.set(context.formats().message("backup.csv.done", files.size(), folder.toString()));
        }, failure -> {
            busy.set(false);
            csvStatus.set(texts.problem(failure));
        });
    }

    /** "A copy for family", written to the same folder. */
    public FamilyCopyViewModel familyCopy() {
        return familyCopy;
    }

    public ObjectProperty<Path> destinationProperty() {
        return destination;
    }

    public ObjectProperty<Protection> protectionProperty() {
        return protection;
    }

    public StringProperty backupPassphraseProperty() {
        return backupPassphrase;
    }

    public ReadOnlyStringProperty backupStatusProperty() {
        return backupStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty backupErrorProperty() {
        return backupError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastBackupProperty() {
        return lastBackup.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty reminderDueProperty() {
        return reminderDue.getReadOnlyProperty();
    }

    public IntegerProperty reminderDaysProperty() {
        return reminderDays;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty csvStatusProperty() {
        return csvStatus.getReadOnlyProperty();
    }
}
