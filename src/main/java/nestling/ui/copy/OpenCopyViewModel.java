package nestling.ui.copy;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nestling.backup.BackupFiles;
import nestling.backup.CopyOpener;
import nestling.store.VaultSession;
import nestling.ui.backup.BackupTexts;
import nestling.ui.common.Passphrases;
import nestling.ui.common.UiContext;

/**
 * Opening a copy to look at (a backup, a copy for family): which file, its passphrase when it is
 * encrypted, and a message per problem. The file is read, decrypted and checked on a background
 * thread into memory only; the window then shows it read-only. Nothing is written anywhere.
 */
public final class OpenCopyViewModel {
    private final UiContext context;
    private final Consumer<VaultSession> onOpened;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    /** Null until the file was looked at; then whether it needs a passphrase. */
    private final ReadOnlyObjectWrapper<Boolean> sealed = new ReadOnlyObjectWrapper<>(this, "sealed");
    private final StringProperty passphrase = new SimpleStringProperty(this, "passphrase", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final BooleanBinding canOpen;
    private final BackupTexts texts;

    public OpenCopyViewModel(UiContext context, Path file, Consumer<VaultSession> onOpened) {
        this.context = context;
        this.onOpened = Objects.requireNonNull(onOpened);
        this.texts = new BackupTexts(context);
        canOpen = Bindings.createBooleanBinding(() -> !busy.get() && sealed.get() != null
                && (!sealed.get() || !passphrase.get().isEmpty()), busy, sealed, passphrase);
        choose(file);
    }

    /** Another file (from the file chooser); the passphrase typed for the last one is dropped. */
    public void choose(Path chosen) {
        file.set(Objects.requireNonNull(chosen));
        sealed.set(null);
        passphrase.set("");
        message.set("");
        context.tasks().run(() -> BackupFiles.isSealed(chosen), isSealed -> {
            if (chosen.equals(file.get())) {
                sealed.set(isSealed);
            }
        }, failure -> {
            if (chosen.equals(file.get())) {
                message.set(texts.problem(failure));
            }
        });
    }

    /** Opens the copy with what is typed; the field is cleared at once and the typed copy wiped after. */
    public void open() {
        if (!canOpen.get()) {
            return;
        }
        Path chosen = file.get();
        char[] typed = sealed.get() ? Passphrases.copy(passphrase.get()) : null;
        passphrase.set("");
        busy.set(true);
        message.set(context.text("copy.opening"));
        context.tasks().run(() -> {
            try {
                return CopyOpener.open(chosen, typed, context.vaultOptions());
            } finally {
                Passphrases.wipe(typed);
            }
        }, session -> {
            busy.set(false);
            message.set("");
            onOpened.accept(session);
        }, failure -> {
            busy.set(false);
            message.set(texts.problem(failure));
        });
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Boolean> sealedProperty() {
        return sealed.getReadOnlyProperty();
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canOpen() {
        return canOpen;
    }
}
