package nestling.ui.backup;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nestling.backup.BackupExporter;
import nestling.backup.BackupScope;
import nestling.domain.Baby;
import nestling.journal.Family;
import nestling.store.VaultSession;
import nestling.ui.common.PassphraseStrength;
import nestling.ui.common.Passphrases;
import nestling.ui.common.UiContext;
import nestling.vault.PassphrasePolicy;
import nestling.vault.SealedFile;

/**
 * "A copy for family": one baby (or all) and a range of days, under a passphrase of its own, written
 * to the backup screen's folder and verified like every backup. It is a normal backup file; the
 * grandparents open it read-only ("Open a copy…", or a double-click). It is not the family's backup:
 * the last-backup date and its reminder stay as they were.
 */
public final class FamilyCopyViewModel {
    private final UiContext context;
    private final VaultSession session;
    private final ObjectProperty<Path> destination;
    private final ObservableList<Baby> babies = FXCollections.observableArrayList();
    /** Null: every baby. */
    private final ObjectProperty<Baby> baby = new SimpleObjectProperty<>(this, "baby");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final StringProperty passphrase = new SimpleStringProperty(this, "passphrase", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanProperty busy;
    private final BackupTexts texts;

    /**
     * @param destination the backup screen's folder (a USB stick), shared with "Back up now"
     * @param busy        the backup screen's busy flag: one file job at a time
     */
    FamilyCopyViewModel(UiContext context, VaultSession session, ObjectProperty<Path> destination, BooleanProperty busy) {
        this.context = context;
        this.session = Objects.requireNonNull(session);
        this.destination = destination;
        this.busy = busy;
        this.texts = new BackupTexts(context);
        LocalDate today = LocalDate.now(context.clock());
        to.set(today);
        from.set(today.minusDays(30));
        context.tasks().run(() -> new Family(session.database(), context.clock()).babies(false), found -> {
            babies.setAll(found);
            if (found.size() == 1) {
                baby.set(found.getFirst());
            }
        }, failure -> { });
    }

    /** Why the copy cannot be made yet, or "" when it can. */
    public String blocker() {
        if (destination.get() == null) {
            return context.text("backup.noDestination");
        }
        if (from.get() != null && to.get() != null && to.get().isBefore(from.get())) {
            return context.text("backup.familyCopy.backwards");
        }
        if (PassphraseStrength.of(passphrase.get()) == PassphrasePolicy.Strength.TOO_SHORT) {
            return context.formats().message("backup.familyCopy.passphraseShort", PassphrasePolicy.MINIMUM_LENGTH);
        }
        return "";
    }

    /** Writes the copy, reads it back and verifies it; says where it is once that is done. */
    public void make() {
        if (busy.get()) {
            return;
        }
        String blocker = blocker();
        status.set("");
        error.set(blocker);
        if (!blocker.isEmpty()) {
            return;
        }
        Path target = destination.get();
        ZoneId zone = context.clock().getZone();
        BackupScope scope = new BackupScope(baby.get() == null ? null : baby.get().meta().id(),
                from.get() == null ? null : from.get().atStartOfDay(zone).toInstant(),
                to.get() == null ? null : to.get().plusDays(1).atStartOfDay(zone).toInstant());
        char[] typed = Passphrases.copy(passphrase.get());
        busy.set(true);
        status.set(context.text("backup.working"));
        context.tasks().run(() -> {
            try (SealedFile.Key key = SealedFile.newKey(typed, context.vaultOptions())) {
                return BackupExporter.export(session.database(), target, key, scope, context.vaultOptions());
            } finally {
                Passphrases.wipe(typed);
            }
        }, result -> {
            busy.set(false);
            passphrase.set("");
            status.set(context.formats().message("backup.familyCopy.done", result.file().getFileName().toString(),
                    result.file().getParent().toString()));
        }, failure -> {
            busy.set(false);
            status.set("");
            error.set(texts.problem(failure));
        });
    }

    public ObservableList<Baby> babies() {
        return babies;
    }

    public ObjectProperty<Baby> babyProperty() {
        return baby;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
