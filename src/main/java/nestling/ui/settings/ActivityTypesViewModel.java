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
    private final FieldErrors errors = new FieldErrors("name", "colour");

    public ActivityTypesViewModel(UiContext context, Journal journal, Runnable changed) {
        this.context = context;
        this.journal = journal;
        this.changed = changed;
        reload();
    }

    public void reload() {
        context.tasks().run(() -> journal.family().activityTypes(), types::setAll, failure -> { });
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
            errors.from(failure, context.text("settings.activity.error.failed"));
        });
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
