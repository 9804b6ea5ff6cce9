package nestling.ui.settings;

import java.util.List;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nestling.domain.ValidationException;
import nestling.ui.common.ReasonTexts;
import nestling.ui.common.UiContext;

/**
 * Renaming and removing the item chosen in one of the family's lists (caregivers, own
 * activities): the selection, the typed new name, and both actions run off the FX thread. A
 * refused name shows under the rename field ({@code "rename"}), a failed removal on the card
 * ({@code "general"}). Texts come from {@code <keys>.error.failed} and {@code <keys>.remove.confirm}.
 */
final class RenameRemove<T> {
    /** What differs between the lists. */
    interface Rules<T> {
        UUID id(T item);

        String name(T item);

        /** What is wrong with {@code typed} as the new name of {@code item} (a message), or null. */
        String problem(String typed, T item);

        void rename(T item, String typed) throws Exception;

        void remove(T item) throws Exception;
    }

    private final UiContext context;
    private final FieldErrors errors;
    private final BooleanProperty busy;
    private final String keys;
    private final Rules<T> rules;
    private final Runnable changed;
    private final ObjectProperty<T> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty newName = new SimpleStringProperty(this, "newName", "");

    /**
     * @param changed runs on the FX thread after a rename or removal went through (reload the list,
     *     tell the rest of the window)
     */
    RenameRemove(UiContext context, FieldErrors errors, BooleanProperty busy, String keys, Rules<T> rules,
            Runnable changed) {
        this.context = context;
        this.errors = errors;
        this.busy = busy;
        this.keys = keys;
        this.rules = rules;
        this.changed = changed;
        selected.addListener((o, was, now) -> {
            newName.set(now == null ? "" : rules.name(now));
            errors.clear();
        });
    }

    /** After the list reloaded: the same item stays chosen (in its new version), or none if it is gone. */
    void keepSelection(List<T> loaded) {
        T chosen = selected.get();
        selected.set(chosen == null ? null : loaded.stream()
                .filter(item -> rules.id(item).equals(rules.id(chosen))).findFirst().orElse(null));
    }

    /** Saves the typed name for the chosen item; what was logged with it shows the new name. */
    void rename() {
        T chosen = selected.get();
        if (chosen == null || busy.get()) {
            return;
        }
        errors.clear();
        String typed = newName.get() == null ? "" : newName.get().strip();
        String problem = rules.problem(typed, chosen);
        if (problem != null) {
            errors.set("rename", problem);
            return;
        }
        if (typed.equals(rules.name(chosen))) {
            return;
        }
        busy.set(true);
        context.tasks().run(() -> {
            rules.rename(chosen, typed);
            return chosen;
        }, renamed -> {
            busy.set(false);
            changed.run();
        }, failure -> {
            busy.set(false);
            // A refusal of the new name belongs under the rename field, not the add form's.
            errors.set("rename", failure instanceof ValidationException refused
                    ? ReasonTexts.joined(context.bundle(), refused) : context.text(keys + ".error.failed"));
        });
    }

    /** What the confirmation asks before {@link #remove()}: says exactly what happens. */
    String removeQuestion() {
        T chosen = selected.get();
        return chosen == null ? "" : context.formats().message(keys + ".remove.confirm", rules.name(chosen));
    }

    /** Takes the chosen item off the list (a tombstone, so a merge removes it on the other laptop too). */
    void remove() {
        T chosen = selected.get();
        if (chosen == null || busy.get()) {
            return;
        }
        errors.clear();
        busy.set(true);
        context.tasks().run(() -> {
            rules.remove(chosen);
            return chosen;
        }, removed -> {
            busy.set(false);
            selected.set(null);
            changed.run();
        }, failure -> {
            busy.set(false);
            errors.set("general", context.text(keys + ".error.failed"));
        });
    }

    ObjectProperty<T> selectedProperty() {
        return selected;
    }

    StringProperty newNameProperty() {
        return newName;
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    ReadOnlyStringProperty renameErrorProperty() {
        return errors.of("rename");
    }
}
