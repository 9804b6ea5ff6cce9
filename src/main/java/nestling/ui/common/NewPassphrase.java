package nestling.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nestling.vault.PassphrasePolicy;

/**
 * A new passphrase typed twice, as creating a vault and changing the passphrase both ask for it:
 * the live strength hint, the mismatch message and whether the pair can be used.
 */
public final class NewPassphrase {
    private final UiContext context;
    private final StringProperty passphrase = new SimpleStringProperty(this, "passphrase", "");
    private final StringProperty confirmation = new SimpleStringProperty(this, "confirmation", "");
    private final ReadOnlyStringWrapper strengthHint = new ReadOnlyStringWrapper(this, "strengthHint", "");
    private final ReadOnlyStringWrapper strengthName = new ReadOnlyStringWrapper(this, "strengthName", "EMPTY");
    private final ReadOnlyStringWrapper mismatch = new ReadOnlyStringWrapper(this, "mismatch", "");
    private final BooleanBinding usable;

    public NewPassphrase(UiContext context) {
        this.context = context;
        passphrase.addListener((o, was, now) -> refresh());
        confirmation.addListener((o, was, now) -> refresh());
        usable = Bindings.createBooleanBinding(
                () -> PassphraseStrength.of(passphrase.get()) != PassphrasePolicy.Strength.TOO_SHORT
                        && Passphrases.same(passphrase.get(), confirmation.get()),
                passphrase, confirmation);
        refresh();
    }

    private void refresh() {
        String text = passphrase.get();
        strengthHint.set(PassphraseStrength.hint(context.bundle(), text));
        strengthName.set(text.isEmpty() ? "EMPTY" : PassphraseStrength.of(text).name());
        boolean differs = !confirmation.get().isEmpty() && !Passphrases.same(text, confirmation.get());
        mismatch.set(differs ? context.text("create.mismatch") : "");
    }

    /** The chosen passphrase as a fresh array (the caller wipes it); both fields are cleared. */
    public char[] take() {
        char[] chosen = Passphrases.copy(passphrase.get());
        passphrase.set("");
        confirmation.set("");
        return chosen;
    }

    /** Long enough and typed the same twice. */
    public BooleanBinding usable() {
        return usable;
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
}
