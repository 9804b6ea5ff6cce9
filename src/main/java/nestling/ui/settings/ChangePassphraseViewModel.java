package nestling.ui.settings;

import javafx.beans.binding.Bindings;
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
import nestling.ui.common.PassphraseStrength;
import nestling.ui.common.Passphrases;
import nestling.ui.common.UiContext;
import nestling.vault.PassphrasePolicy;
import nestling.vault.VaultException;
import nestling.vault.VaultProblem;

/** Changing the passphrase: the current one, the new one twice with a strength hint; re-keys in the background. */
public final class ChangePassphraseViewModel {
    private final UiContext context;
    private final VaultSession session;
    private final StringProperty current = new SimpleStringProperty(this, "current", "");
    private final StringProperty fresh = new SimpleStringProperty(this, "fresh", "");
    private final StringProperty confirmation = new SimpleStringProperty(this, "confirmation", "");
    private final ReadOnlyStringWrapper strengthHint = new ReadOnlyStringWrapper(this, "strengthHint", "");
    private final ReadOnlyStringWrapper mismatch = new ReadOnlyStringWrapper(this, "mismatch", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanProperty done = new SimpleBooleanProperty(this, "done");
    private final BooleanBinding canChange;

    public ChangePassphraseViewModel(UiContext context, VaultSession session) {
        this.context = context;
        this.session = session;
        fresh.addListener((o, was, now) -> refresh());
        confirmation.addListener((o, was, now) -> refresh());
        canChange = Bindings.createBooleanBinding(() -> !busy.get() && !done.get() && !current.get().isEmpty()
                && PassphraseStrength.of(fresh.get()) != PassphrasePolicy.Strength.TOO_SHORT
                && Passphrases.same(fresh.get(), confirmation.get()), busy, done, current, fresh, confirmation);
        refresh();
    }

    private void refresh() {
        strengthHint.set(PassphraseStrength.hint(context.bundle(), fresh.get()));
        boolean differs = !confirmation.get().isEmpty() && !Passphrases.same(fresh.get(), confirmation.get());
        mismatch.set(differs ? context.text("create.mismatch") : "");
    }

    /** Checks the current passphrase and re-keys the vault, all off the FX thread; fields are cleared at once. */
    public void change() {
        if (!canChange.get()) {
            return;
        }
        char[] old = Passphrases.copy(current.get());
        char[] chosen = Passphrases.copy(fresh.get());
        current.set("");
        fresh.set("");
        confirmation.set("");
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
        return fresh;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public ReadOnlyStringProperty strengthHintProperty() {
        return strengthHint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty mismatchProperty() {
        return mismatch.getReadOnlyProperty();
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
