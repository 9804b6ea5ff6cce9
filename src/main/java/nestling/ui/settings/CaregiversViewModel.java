package nestling.ui.settings;

import java.util.List;
import java.util.UUID;
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
    private final RenameRemove<Caregiver> editing;

    public CaregiversViewModel(UiContext context, Journal journal, Runnable changed) {
        this.context = context;
        this.journal = journal;
        this.changed = changed;
        this.editing = new RenameRemove<>(context, errors, busy, "settings.caregiver", new RenameRemove.Rules<>() {
            @Override
            public UUID id(Caregiver caregiver) {
                return caregiver.meta().id();
            }

            @Override
            public String name(Caregiver caregiver) {
                return caregiver.name();
            }

            @Override
            public String problem(String typed, Caregiver caregiver) {
                return nameProblem(typed);
            }

            @Override
            public void rename(Caregiver caregiver, String typed) {
                journal.family().updateCaregiver(new Caregiver(caregiver.meta(), typed, caregiver.email(), caregiver.colour()));
            }

            @Override
            public void remove(Caregiver caregiver) {
                journal.family().removeCaregiver(caregiver.meta().id());
            }
        }, () -> {
            reload();
            changed.run();
        });
        reload();
    }

    public void reload() {
        context.tasks().run(() -> new Loaded(journal.family().caregivers(),
                journal.family().currentCaregiver().orElse(null)), loaded -> {
                    caregivers.setAll(loaded.all());
                    current.set(loaded.current());
                    editing.keepSelection(loaded.all());
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
        String nameProblem = nameProblem(chosen);
        if (nameProblem != null) {
            errors.set("name", nameProblem);
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

    private String nameProblem(String typed) {
        if (typed.isEmpty()) {
            return context.text("settings.caregiver.error.name");
        }
        return typed.length() > 60 ? context.text("settings.baby.error.nameLong") : null;
    }

    /** Renaming and removing the one chosen in the list (the card shows it with {@link RenameRemoveRow}). */
    RenameRemove<Caregiver> editing() {
        return editing;
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
