package nestling.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nestling.domain.ActivityType;
import nestling.journal.Journal;
import nestling.ui.common.UiContext;

/** The family's own activities ("swimming", "massage"): a name, a colour, timed or instant. */
public final class ActivityTypesViewModel {
    private final UiContext context;
    private final Journal journal;
    private final Runnable changed;
    private final ObservableList<ActivityType> types = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<String> colour = new SimpleObjectProperty<>(this, "colour",
            CaregiversViewModel.COLOURS.get(3));
    private final BooleanProperty timed = new SimpleBooleanProperty(this, "timed");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final FieldErrors errors = new FieldErrors("name", "colour", "rename");
    private final ObjectProperty<ActivityType> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty newName = new SimpleStringProperty(this, "newName", "");

    public ActivityTypesViewModel(UiContext context, Journal journal, Runnable changed) {
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
        context.tasks().run(() -> journal.family().activityTypes(), loaded -> {
            ActivityType chosen = selected.get();
            types.setAll(loaded);
            selected.set(chosen == null ? null : loaded.stream().filter(t -> t.meta().id().equals(chosen.meta().id()))
                    .findFirst().orElse(null));
        }, failure -> { });
    }

    public void add() {
        if (busy.get()) {
            return;
        }
        errors.clear();
        String chosen = name.get() == null ? "" : name.get().strip();
        if (chosen.isEmpty()) {
            errors.set("name", context.text("settings.activity.error.name"));
        } else if (types.stream().anyMatch(t -> t.name().strip().equalsIgnoreCase(chosen))) {
            errors.set("name", context.text("settings.activity.error.taken"));
        }
        if (errors.any()) {
            return;
        }
        boolean isTimed = timed.get();
        String pickedColour = colour.get();
        busy.set(true);
        context.tasks().run(() -> journal.family().addActivityType(chosen, pickedColour, isTimed), added -> {
            busy.set(false);
            name.set("");
            timed.set(false);
            reload();
            changed.run();
        }, failure -> {
            busy.set(false);
            errors.from(failure, context.bundle(), context.text("settings.activity.error.failed"));
        });
    }

    /** Saves the typed name for the selected activity; the entries of it show the new name. */
    public void rename() {
        ActivityType chosen = selected.get();
        if (chosen == null || busy.get()) {
            return;
        }
        errors.clear();
        String typed = newName.get() == null ? "" : newName.get().strip();
        if (typed.isEmpty()) {
            errors.set("rename", context.text("settings.activity.error.name"));
        } else if (types.stream().anyMatch(t -> !t.meta().id().equals(chosen.meta().id())
                && t.name().strip().equalsIgnoreCase(typed))) {
            errors.set("rename", context.text("settings.activity.error.taken"));
        }
        if (errors.any() || typed.equals(chosen.name())) {
            return;
        }
        busy.set(true);
        context.tasks().run(() -> journal.family().updateActivityType(new ActivityType(chosen.meta(), typed,
                chosen.colour(), chosen.timed())), renamed -> {
                    busy.set(false);
                    reload();
                    changed.run();
                }, failure -> {
                    busy.set(false);
                    // A refusal of the new name belongs under the rename field, not the add form's.
                    errors.set("rename", failure instanceof nestling.domain.ValidationException refused
                            ? nestling.ui.common.ReasonTexts.joined(context.bundle(), refused) : context.text("settings.activity.error.failed"));
                });
    }

    /** What the confirmation asks before {@link #remove()}: says exactly what happens. */
    public String removeQuestion() {
        ActivityType chosen = selected.get();
        return chosen == null ? "" : context.formats().message("settings.activity.remove.confirm", chosen.name());
    }

    /**
     * Takes the selected activity off the lists (a tombstone): entries already logged with it keep
     * it and still show its name; it is no longer offered for new ones.
     */
    public void remove() {
        ActivityType chosen = selected.get();
        if (chosen == null || busy.get()) {
            return;
        }
        errors.clear();
        busy.set(true);
        context.tasks().run(() -> {
            journal.family().removeActivityType(chosen.meta().id());
            return chosen;
        }, removed -> {
            busy.set(false);
            selected.set(null);
            reload();
            changed.run();
        }, failure -> {
            busy.set(false);
            errors.set("general", context.text("settings.activity.error.failed"));
        });
    }

    /** The activity the rename and remove buttons act on. */
    public ObjectProperty<ActivityType> selectedProperty() {
        return selected;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public String describe(ActivityType type) {
        return context.formats().message(type.timed() ? "settings.activity.timed" : "settings.activity.instant", type.name());
    }

    public ObservableList<ActivityType> types() {
        return types;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<String> colourProperty() {
        return colour;
    }

    public BooleanProperty timedProperty() {
        return timed;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty errorProperty(String field) {
        return errors.of(field);
    }
}
