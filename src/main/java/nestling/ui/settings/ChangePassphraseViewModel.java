package nestling.ui.settings;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import nestling.store.VaultSession;
import nestling.ui.common.NewPassphrase;
import nestling.ui.common.Passphrases;
import nestling.ui.common.UiContext;
import nestling.vault.VaultException;
import nestling.vault.VaultProblem;

/** Changing the passphrase: the current one, the new one twice with a strength hint; re-keys in the background. */
public final class ChangePassphraseViewModel {
    private final UiContext context;
    private final VaultSession session;
    private final StringProperty current = new SimpleStringProperty(this, "current", "");
    private final NewPassphrase fresh;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanProperty done = new SimpleBooleanProperty(this, "done");
    private final BooleanBinding canChange;

    public ChangePassphraseViewModel(UiContext context, VaultSession session) {
        this.context = context;
        this.session = session;
        this.fresh = new NewPassphrase(context);
        canChange = fresh.usable().and(busy.not()).and(done.not()).and(current.isNotEmpty());
    }

    /** Checks the current passphrase and re-keys the vault, all off the FX thread; fields are cleared at once. */
    public void change() {
        if (!canChange.get()) {
            return;
        }
        char[] old = Passphrases.copy(current.get());
        char[] chosen = fresh.take();
        current.set("");
        error.set("");
        busy.set(true);
        context.tasks().run(() -> {
            try {
                if (!session.isCurrentPassphrase(old)) {
                    throw new VaultException(VaultProblem.WRONG_PASSPHRASE);
                }
                session.changePassphrase(chosen);
                return null;
            } finally {
                Passphrases.wipe(old, chosen);
            }
        }, ok -> {
            busy.set(false);
            done.set(true);
        }, failure -> {
            busy.set(false);
            error.set(context.text(failure instanceof VaultException ? "change.wrongCurrent" : "change.failed"));
        });
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty freshProperty() {
        return fresh.passphraseProperty();
    }

    public StringProperty confirmationProperty() {
        return fresh.confirmationProperty();
    }

    public ReadOnlyStringProperty strengthHintProperty() {
        return fresh.strengthHintProperty();
    }

    public ReadOnlyStringProperty mismatchProperty() {
        return fresh.mismatchProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** True once the vault is saved under the new passphrase. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done;
    }

    public ObservableBooleanValue canChange() {
        return canChange;
    }
}
