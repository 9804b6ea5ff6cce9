package nestling.ui.unlock;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import nestling.store.VaultSession;
import nestling.ui.common.NewPassphrase;
import nestling.ui.common.Passphrases;
import nestling.ui.common.Problems;
import nestling.ui.common.UiContext;

/**
 * Creating the family's vault: a passphrase typed twice, a strength hint, a mismatch message, and
 * the key derivation (about half a second) run in the background while a progress indicator shows.
 */
public final class CreateVaultViewModel {
    private final UiContext context;
    private final Consumer<VaultSession> onCreated;
    private final NewPassphrase chosen;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanBinding canCreate;

    public CreateVaultViewModel(UiContext context, Consumer<VaultSession> onCreated) {
        this.context = context;
        this.onCreated = Objects.requireNonNull(onCreated);
        this.chosen = new NewPassphrase(context);
        canCreate = chosen.usable().and(busy.not());
    }

    /** Creates the vault in the background; the fields are cleared at once. */
    public void create() {
        if (!canCreate.get()) {
            return;
        }
        char[] passphrase = chosen.take();
        error.set("");
        busy.set(true);
        context.tasks().run(() -> {
            try {
                return VaultSession.create(context.vaultDirectory(), passphrase, context.vaultOptions());
            } finally {
                Passphrases.wipe(passphrase);
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
        return chosen.passphraseProperty();
    }

    public StringProperty confirmationProperty() {
        return chosen.confirmationProperty();
    }

    public ReadOnlyStringProperty strengthHintProperty() {
        return chosen.strengthHintProperty();
    }

    /** TOO_SHORT, WEAK, FAIR, STRONG or EMPTY: for a style class next to the words. */
    public ReadOnlyStringProperty strengthNameProperty() {
        return chosen.strengthNameProperty();
    }

    public ReadOnlyStringProperty mismatchProperty() {
        return chosen.mismatchProperty();
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
