package nestling.ui.unlock;

import java.util.Objects;
import java.util.function.Consumer;
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
import nestling.ui.common.Problems;
import nestling.ui.common.UiContext;
import nestling.vault.PassphrasePolicy;

/**
 * Creating the family's vault: a passphrase typed twice, a strength hint, a mismatch message, and
 * the key derivation (about half a second) run in the background while a progress indicator shows.
 */
public final class CreateVaultViewModel {
    private final UiContext context;
    private final Consumer<VaultSession> onCreated;
    private final StringProperty passphrase = new SimpleStringProperty(this, "passphrase", "");
    private final StringProperty confirmation = new SimpleStringProperty(this, "confirmation", "");
    private final ReadOnlyStringWrapper strengthHint = new ReadOnlyStringWrapper(this, "strengthHint");
    private final ReadOnlyStringWrapper strengthName = new ReadOnlyStringWrapper(this, "strengthName", "EMPTY");
    private final ReadOnlyStringWrapper mismatch = new ReadOnlyStringWrapper(this, "mismatch", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanBinding canCreate;

    public CreateVaultViewModel(UiContext context, Consumer<VaultSession> onCreated) {
        this.context = context;
        this.onCreated = Objects.requireNonNull(onCreated);
        passphrase.addListener((o, was, now) -> refresh());
        confirmation.addListener((o, was, now) -> refresh());
        canCreate = Bindings.createBooleanBinding(this::valid, passphrase, confirmation, busy);
        refresh();
    }

    private void refresh() {
        String text = passphrase.get();
        strengthHint.set(PassphraseStrength.hint(context.bundle(), text));
        strengthName.set(text.isEmpty() ? "EMPTY" : PassphraseStrength.of(text).name());
        boolean differs = !confirmation.get().isEmpty() && !Passphrases.same(text, confirmation.get());
        mismatch.set(differs ? context.text("create.mismatch") : "");
    }

    private boolean valid() {
        return !busy.get()
                && PassphraseStrength.of(passphrase.get()) != PassphrasePolicy.Strength.TOO_SHORT
                && Passphrases.same(passphrase.get(), confirmation.get());
    }

    /** Creates the vault in the background; the fields are cleared at once. */
    public void create() {
        if (!canCreate.get()) {
            return;
        }
        char[] chosen = Passphrases.copy(passphrase.get());
        passphrase.set("");
        confirmation.set("");
        error.set("");
        busy.set(true);
        context.tasks().run(() -> {
            try {
                return VaultSession.create(context.vaultDirectory(), chosen, context.vaultOptions());
            } finally {
                Passphrases.wipe(chosen);
            }
        }, session -> {
            busy.set(false);
            onCreated.accept(session);
        }, failure -> {
            busy.set(false);
            error.set(Problems.text(context.bundle(), failure));
        });
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public ReadOnlyStringProperty strengthHintProperty() {
        return strengthHint.getReadOnlyProperty();
    }

    /** TOO_SHORT, WEAK, FAIR, STRONG or EMPTY: for a style class next to the words. */
    public ReadOnlyStringProperty strengthNameProperty() {
        return strengthName.getReadOnlyProperty();
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

    public ObservableBooleanValue canCreate() {
        return canCreate;
    }
}
