package nestling.ui.settings;

import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import nestling.reminders.ReminderSettings;
import nestling.store.Database;
import nestling.ui.common.UiContext;

/**
 * The reminder settings on the Settings screen: read once in the background, each change stored at
 * once (the saver then writes the vault). Today's cards follow at their next reload.
 */
public final class RemindersViewModel {
    private final UiContext context;
    private final Database database;
    private final Runnable changed;
    private final ReadOnlyObjectWrapper<ReminderSettings> settings = new ReadOnlyObjectWrapper<>(this, "settings");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    /** @param changed tells the other screens (Today) to reload */
    public RemindersViewModel(UiContext context, Database database, Runnable changed) {
        this.context = context;
        this.database = database;
        this.changed = changed;
        context.tasks().run(() -> ReminderSettings.load(database), settings::set,
                failure -> error.set(context.text("settings.reminders.failed")));
    }

    /** Null until read. */
    public ReadOnlyObjectProperty<ReminderSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Applies {@code change} to the current settings and stores them; nothing before they were read. */
    public void change(UnaryOperator<ReminderSettings> change) {
        ReminderSettings current = settings.get();
        if (current == null) {
            return;
        }
        ReminderSettings next = change.apply(current);
        if (next.equals(current)) {
            return;
        }
        settings.set(next);
        error.set("");
        context.tasks().run(() -> {
            next.store(database);
            return null;
        }, done -> changed.run(), failure -> error.set(context.text("settings.reminders.failed")));
    }
}
