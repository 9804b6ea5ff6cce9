package nestling.ui.about;

import java.util.Locale;
import java.util.Objects;
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
import nestling.ui.common.UiContext;

/**
 * "About your data": where the vault is and how big, that nothing is ever sent, and "Erase
 * everything" behind a typed word, because it cannot be undone.
 */
public final class AboutDataViewModel {
    /** Erasing, as the shell does it: drops the unlocked vault, then deletes what Nestling wrote. */
    public interface Eraser {
        void eraseEverything(Runnable erased, java.util.function.Consumer<Throwable> failed);
    }

    private final UiContext context;
    private final Eraser eraser;
    private final ReadOnlyObjectWrapper<DataFacts> facts = new ReadOnlyObjectWrapper<>(this, "facts");
    private final StringProperty confirmation = new SimpleStringProperty(this, "confirmation", "");
    private final ReadOnlyBooleanWrapper erasing = new ReadOnlyBooleanWrapper(this, "erasing");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanBinding canErase;

    public AboutDataViewModel(UiContext context, Eraser eraser) {
        this.context = context;
        this.eraser = Objects.requireNonNull(eraser);
        String word = context.text("about.erase.word").toLowerCase(Locale.ROOT);
        canErase = Bindings.createBooleanBinding(
                () -> !erasing.get() && confirmation.get().strip().toLowerCase(Locale.ROOT).equals(word),
                confirmation, erasing);
    }

    /** Reads sizes and counts in the background. */
    public void load() {
        context.tasks().run(() -> DataFacts.of(context.vaultDirectory()), facts::set,
                failure -> error.set(context.text("about.facts.failed")));
    }

    /** Erases everything if the word was typed; the shell then shows the create-vault screen. */
    public void erase() {
        if (!canErase.get()) {
            return;
        }
        erasing.set(true);
        error.set("");
        eraser.eraseEverything(() -> {
            erasing.set(false);
            confirmation.set("");
        }, failure -> {
            erasing.set(false);
            error.set(context.text("about.erase.failed"));
        });
    }

    ReadOnlyObjectProperty<DataFacts> factsProperty() {
        return facts.getReadOnlyProperty();
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public BooleanBinding canEraseBinding() {
        return canErase;
    }

    public ReadOnlyBooleanProperty erasingProperty() {
        return erasing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
