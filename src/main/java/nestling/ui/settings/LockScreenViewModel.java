package nestling.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import nestling.store.LockScreenFile;
import nestling.store.VaultSession;
import nestling.ui.common.UiContext;

/**
 * Settings, "Quick logs on the lock screen": on by default. Turning it off stores "off" in the
 * vault and deletes {@code nestling.lock-screen} at once (no name stays outside the vault); turning
 * it on writes the file again.
 */
public final class LockScreenViewModel {
    private final UiContext context;
    private final VaultSession session;
    private final BooleanProperty on = new SimpleBooleanProperty(this, "on", true);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public LockScreenViewModel(UiContext context, VaultSession session) {
        this.context = context;
        this.session = session;
        context.tasks().run(() -> LockScreenFile.enabled(session.database()), stored -> {
            on.set(stored);
            loaded.set(true);
        }, failure -> error.set(context.text("settings.lockScreen.failed")));
    }

    /** Stores the choice and brings the file in line with it (on the background worker). */
    public void change(boolean wanted) {
        if (!loaded.get() || session.vault().readOnly()) {
            return;
        }
        error.set("");
        context.tasks().run(() -> {
            if (LockScreenFile.enabled(session.database()) != wanted) {
                LockScreenFile.enable(session.database(), wanted);
            }
            session.updateLockScreenFile();
            return null;
        }, done -> on.set(wanted), failure -> {
            on.set(!wanted);
            error.set(context.text("settings.lockScreen.failed"));
        });
    }

    public BooleanProperty onProperty() {
        return on;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
