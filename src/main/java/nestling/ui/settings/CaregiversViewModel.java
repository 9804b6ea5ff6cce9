package nestling.ui.settings;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nestling.domain.Caregiver;
import nestling.journal.Journal;
import nestling.ui.common.UiContext;

/**
 * Caregivers: the list, "who is logging on this laptop" (new entries record that person), and a
 * form to add one (name, an optional email as a label only, a colour).
 */
public final class CaregiversViewModel {
    /** Colours offered for a caregiver (shown with the name, never alone). */
    public static final List<String> COLOURS = List.of("#3a7bd5", "#c0562b", "#2e8b6e", "#8a4fb5", "#b58a1f", "#6b7280");

    private final UiContext context;
    private final Journal journal;
    private final Runnable changed;
    private final ObservableList<Caregiver> caregivers = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Caregiver> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty email = new SimpleStringProperty(this, "email", "");
    private final ObjectProperty<String> colour = new SimpleObjectProperty<>(this, "colour", COLOURS.getFirst());
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final FieldErrors errors = new FieldErrors("name", "email", "colour", "rename");
    private final ObjectProperty<Caregiver> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty newName = new SimpleStringProperty(this, "newName", "");

    public CaregiversViewModel(UiContext context, Journal journal, Runnable changed) {
        this.context = context;
        this.journal = journal;
        this.changed = changed;
        selected.addListener((o, was, now) -> {
            newName.set(now == null ? "" : now.name());
            errors.clear();
        });
        reload();
    }

    public void reload() {
        context.tasks().run(() -> new Loaded(journal.family().caregivers(),
                journal.family().currentCaregiver().orElse(null)), loaded -> {
                    Caregiver chosen = selected.get();
                    caregivers.setAll(loaded.all());
                    current.set(loaded.current());
                    selected.set(chosen == null ? null : loaded.all().stream()
                            .filter(c -> c.meta().id().equals(chosen.meta().id())).findFirst().orElse(null));
                }, failure -> { });
    }

    private record Loaded(List<Caregiver> all, Caregiver current) {
    }

    /** Adds the caregiver in the form; the first one added becomes the one logging. */
    public void add() {
        if (busy.get()) {
            return;
        }
        errors.clear();
        String chosen = name.get() == null ? "" : name.get().strip();
        String label = email.get() == null ? "" : email.get().strip();
        if (chosen.isEmpty()) {
            errors.set("name", context.text("settings.caregiver.error.name"));
        } else if (chosen.length() > 60) {
            errors.set("name", context.text("settings.baby.error.nameLong"));
        }
        if (!label.isEmpty() && !label.matches("[^@\\s]+@[^@\\s]+")) {
            errors.set("email", context.text("settings.caregiver.error.email"));
        }
        if (errors.any()) {
            return;
        }
        boolean first = caregivers.isEmpty();
        String pickedColour = colour.get();
        busy.set(true);
        context.tasks().run(() -> {
            Caregiver added = journal.family().addCaregiver(chosen, label.isEmpty() ? null : label, pickedColour);
            if (first) {
                journal.family().setCurrentCaregiver(added.meta().id());
            }
            return added;
        }, added -> {
            busy.set(false);
            name.set("");
            email.set("");
            reload();
            changed.run();
        }, failure -> {
            busy.set(false);
            errors.from(failure, context.bundle(), context.text("settings.caregiver.error.failed"));
        });
    }

    /** Makes {@code caregiver} the one logging on this laptop. */
    public void choose(Caregiver caregiver) {
        if (caregiver == null || (current.get() != null && current.get().meta().id().equals(caregiver.meta().id()))) {
            return;
        }
        context.tasks().run(() -> {
            journal.family().setCurrentCaregiver(caregiver.meta().id());
            return caregiver;
        }, chosen -> {
            current.set(chosen);
            changed.run();
        }, failure -> errors.set("general", context.text("settings.caregiver.error.failed")));
    }

    /** Saves the typed name for the selected caregiver; the entries they logged show the new name. */
    public void rename() {
        Caregiver chosen = selected.get();
        if (chosen == null || busy.get()) {
            return;
        }
        errors.clear();
        String typed = newName.get() == null ? "" : newName.get().strip();
        if (typed.isEmpty()) {
            errors.set("rename", context.text("settings.caregiver.error.name"));
        } else if (typed.length() > 60) {
            errors.set("rename", context.text("settings.baby.error.nameLong"));
        }
        if (errors.any() || typed.equals(chosen.name())) {
            return;
        }
        busy.set(true);
        context.tasks().run(() -> journal.family().updateCaregiver(new Caregiver(chosen.meta(), typed, chosen.email(),
                chosen.colour())), renamed -> {
                    busy.set(false);
                    reload();
                    changed.run();
                }, failure -> {
                    busy.set(false);
                    // A refusal of the new name belongs under the rename field, not the add form's.
                    errors.set("rename", failure instanceof nestling.domain.ValidationException refused
                            ? nestling.ui.common.ReasonTexts.joined(context.bundle(), refused) : context.text("settings.caregiver.error.failed"));
                });
    }

    /** What the confirmation asks before {@link #remove()}: says exactly what happens. */
    public String removeQuestion() {
        Caregiver chosen = selected.get();
        return chosen == null ? "" : context.formats().message("settings.caregiver.remove.confirm", chosen.name());
    }

    /**
     * Removes the selected caregiver (a tombstone: the entries they logged keep their name). If they
     * were logging on this laptop, nobody is until someone is chosen.
     */
    public void remove() {
        Caregiver chosen = selected.get();
        if (chosen == null || busy.get()) {
            return;
        }
        errors.clear();
        busy.set(true);
        context.tasks().run(() -> {
            journal.family().removeCaregiver(chosen.meta().id());
            return chosen;
        }, removed -> {
            busy.set(false);
            selected.set(null);
            reload();
            changed.run();
        }, failure -> {
            busy.set(false);
            errors.set("general", context.text("settings.caregiver.error.failed"));
        });
    }

    /** The caregiver the rename and remove buttons act on. */
    public ObjectProperty<Caregiver> selectedProperty() {
        return selected;
    }

    /** The new name typed for the selected caregiver. */
    public StringProperty newNameProperty() {
        return newName;
    }

    public String describe(Caregiver caregiver) {
        return caregiver.email() == null || caregiver.email().isBlank() ? caregiver.name()
                : caregiver.name() + " (" + caregiver.email() + ")";
    }

    public ObservableList<Caregiver> caregivers() {
        return caregivers;
    }

    /** Who is logging on this laptop, or null when nobody was chosen yet. */
    public ReadOnlyObjectProperty<Caregiver> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public ObjectProperty<String> colourProperty() {
        return colour;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty errorProperty(String field) {
        return errors.of(field);
    }
}
