package nestling.ui.settings;

import java.util.UUID;
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
    private final RenameRemove<ActivityType> editing;

    public ActivityTypesViewModel(UiContext context, Journal journal, Runnable changed) {
        this.context = context;
        this.journal = journal;
        this.changed = changed;
        this.editing = new RenameRemove<>(context, errors, busy, "settings.activity", new RenameRemove.Rules<>() {
            @Override
            public UUID id(ActivityType type) {
                return type.meta().id();
            }

            @Override
            public String name(ActivityType type) {
                return type.name();
            }

            @Override
            public String problem(String typed, ActivityType type) {
                return nameProblem(typed, type.meta().id());
            }

            @Override
            public void rename(ActivityType type, String typed) {
                journal.family().updateActivityType(new ActivityType(type.meta(), typed, type.colour(), type.timed()));
            }

            @Override
            public void remove(ActivityType type) {
                journal.family().removeActivityType(type.meta().id());
            }
        }, () -> {
            reload();
            changed.run();
        });
        reload();
    }

    public void reload() {
        context.tasks().run(() -> journal.family().activityTypes(), loaded -> {
            types.setAll(loaded);
            editing.keepSelection(loaded);
        }, failure -> { });
    }

    public void add() {
        if (busy.get()) {
            return;
        }
        errors.clear();
        String chosen = name.get() == null ? "" : name.get().strip();
        String nameProblem = nameProblem(chosen, null);
        if (nameProblem != null) {
            errors.set("name", nameProblem);
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

    /** Empty, or the name of another of the family's activities ({@code except} is the one being renamed). */
    private String nameProblem(String typed, UUID except) {
        if (typed.isEmpty()) {
            return context.text("settings.activity.error.name");
        }
        boolean taken = types.stream().anyMatch(t -> !t.meta().id().equals(except) && t.name().strip().equalsIgnoreCase(typed));
        return taken ? context.text("settings.activity.error.taken") : null;
    }

    /** Renaming and removing the one chosen in the list (the card shows it with {@link RenameRemoveRow}). */
    RenameRemove<ActivityType> editing() {
        return editing;
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
