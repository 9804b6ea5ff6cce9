package nestling.ui.backup;

import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nestling.backup.BackupKeys;
import nestling.backup.ConflictChoices;
import nestling.backup.sync.StickSync;
import nestling.store.VaultSession;
import nestling.ui.common.Passphrases;
import nestling.ui.common.PassphraseStrength;
import nestling.ui.common.UiContext;
import nestling.vault.PassphrasePolicy;
import nestling.vault.SealedFile;

/**
 * "Sync with this stick": reads the stick in the background, then, when the stick is new, asks how
 * to protect it, and when records conflict, lists them with a choice each (newest preselected);
 * otherwise it finishes at once. "Synced" is said only once the vault is saved and the stick's
 * file written and verified ({@link StickSync}). Crypto and files never run on the JavaFX thread.
 */
public final class StickSyncViewModel {
    /** What the sync part shows. */
    public enum Stage { IDLE, SET_UP, CONFLICTS, DONE }

    /** How a new stick is protected. */
    public enum Protection { VAULT_PASSPHRASE, FAMILY_PASSPHRASE }

    /** One conflict and the version the parent keeps. */
    public static final class ConflictRow {
        private final ConflictChoices.Versions versions;
        private final ObjectProperty<ConflictChoices.Keep> keep = new SimpleObjectProperty<>(ConflictChoices.Keep.NEWEST);

        ConflictRow(ConflictChoices.Versions versions) {
            this.versions = versions;
        }

        public ConflictChoices.Versions versions() {
            return versions;
        }

        public ObjectProperty<ConflictChoices.Keep> keepProperty() {
            return keep;
        }
    }

    private final UiContext context;
    private final VaultSession session;
    private final Runnable changed;
    private final BackupTexts texts;
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>(this, "folder");
    private final StringProperty passphrase = new SimpleStringProperty(this, "passphrase", "");
    private final ObjectProperty<Protection> protection = new SimpleObjectProperty<>(this, "protection",
            Protection.VAULT_PASSPHRASE);
    private final ReadOnlyObjectWrapper<Stage> stage = new ReadOnlyObjectWrapper<>(this, "stage", Stage.IDLE);
    private final ObservableList<ConflictRow> conflicts = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private StickSync.Plan plan;

    /** @param changed told after a sync, so other screens reload and the last backup's age is read again */
    StickSyncViewModel(UiContext context, VaultSession session, Runnable changed) {
        this.context = context;
        this.session = Objects.requireNonNull(session);
        this.changed = Objects.requireNonNull(changed);
        this.texts = new BackupTexts(context);
    }

    /** Reads the stick; finishes at once when there is nothing to ask. */
    public void sync() {
        Path stick = folder.get();
        if (busy.get()) {
            return;
        }
        if (stick == null) {
            error.set(context.text("backup.sync.noFolder"));
            return;
        }
        discardPlan();
        conflicts.clear();
        stage.set(Stage.IDLE);
        error.set("");
        busy.set(true);
        status.set(context.text("backup.sync.working"));
        char[] typed = typedPassphrase();
        boolean anyTyped = typed != null;
        context.tasks().run(() -> {
            try {
                // a typed passphrase must open the file itself: the stick is written back with it, and a
                // mistyped one must not re-key the family's stick (the vault's key may open it anyway)
                return StickSync.prepare(session.database(), stick, typed != null ? BackupKeys.passphrase(typed)
                        : new BackupKeys(session.vault().currentKey(), null));
            } finally {
                Passphrases.wipe(typed);
            }
        }, prepared -> {
            plan = prepared;
            busy.set(false);
            status.set("");
            if (prepared.firstUse()) {
                stage.set(Stage.SET_UP);
            } else if (!prepared.conflicts().isEmpty()) {
                prepared.conflicts().forEach(c -> conflicts.add(new ConflictRow(c)));
                stage.set(Stage.CONFLICTS);
            } else {
                finish();
            }
        }, failure -> failed(failure, anyTyped));
    }

    /** Why "Set up the stick and sync" cannot run yet, or "". */
    public String setUpBlocker() {
        if (protection.get() == Protection.FAMILY_PASSPHRASE
                && PassphraseStrength.of(passphrase.get()) == PassphrasePolicy.Strength.TOO_SHORT) {
            return context.formats().message("backup.sync.passphraseShort", PassphrasePolicy.MINIMUM_LENGTH);
        }
        return "";
    }

    /** Merges with the choices made, saves, writes the stick (the stick is set up on first use). */
    public void finish() {
        StickSync.Plan chosen = plan;
        if (chosen == null || busy.get()) {
            return;
        }
        String blocker = chosen.firstUse() ? setUpBlocker() : "";
        error.set(blocker);
        if (!blocker.isEmpty()) {
            return;
        }
        boolean ownPassphrase = chosen.firstUse() ? protection.get() == Protection.FAMILY_PASSPHRASE
                : !passphrase.get().isEmpty();
        char[] typed = ownPassphrase ? typedPassphrase() : null;
        java.util.Map<String, ConflictChoices.Keep> choices = new java.util.HashMap<>();
        conflicts.forEach(row -> choices.put(row.versions().id(), row.keepProperty().get()));
        busy.set(true);
        status.set(context.text("backup.sync.working"));
        context.tasks().run(() -> {
            // the vault's own passphrase is written with the vault's key, so this laptop opens the stick
            // next time without asking (as long as it synced last)
            boolean vaultPassphrase = typed == null || session.isCurrentPassphrase(typed);
            try (SealedFile.Key key = vaultPassphrase ? session.vault().currentKey()
                    : SealedFile.newKey(typed, context.vaultOptions())) {
                return chosen.apply(session, versions -> choices.getOrDefault(versions.id(), ConflictChoices.Keep.NEWEST),
                        key, context.vaultOptions());
            } finally {
                Passphrases.wipe(typed);
                chosen.close();
            }
        }, result -> {
            plan = null;
            busy.set(false);
            conflicts.clear();
            stage.set(Stage.DONE);
            status.set(texts.synced(result));
            changed.run(); // records may have come in, and the stick now holds the last backup
        }, failure -> {
            plan = null;
            failed(failure, typed != null);
        });
    }

    /** Leaves a sync that was waiting for a choice; nothing was changed. */
    public void cancel() {
        if (busy.get()) {
            return;
        }
        discardPlan();
        conflicts.clear();
        status.set("");
        error.set("");
        stage.set(Stage.IDLE);
    }

    private void failed(Throwable failure, boolean typedPassphrase) {
        busy.set(false);
        status.set("");
        stage.set(Stage.IDLE);
        conflicts.clear();
        error.set(texts.syncProblem(failure, typedPassphrase));
    }

    private void discardPlan() {
        StickSync.Plan old = plan;
        plan = null;
        if (old != null) {
            context.tasks().run(() -> {
                old.close();
                return null;
            }, done -> { }, failure -> { });
        }
    }

    private char[] typedPassphrase() {
        return passphrase.get().isEmpty() ? null : Passphrases.copy(passphrase.get());
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public ObjectProperty<Protection> protectionProperty() {
        return protection;
    }

    public ReadOnlyObjectProperty<Stage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    public ObservableList<ConflictRow> conflicts() {
        return conflicts;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
