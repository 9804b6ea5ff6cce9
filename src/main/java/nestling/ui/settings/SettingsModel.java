package nestling.ui.settings;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import nestling.store.VaultSession;
import nestling.ui.common.Theme;

/** What the settings screen reads and changes; the unlocked shell provides it. */
public interface SettingsModel {
    VaultSession session();

    ReadOnlyIntegerProperty autoLockMinutesProperty();

    /** Stores the idle minutes before auto-lock (0 = never) and applies them at once. */
    void changeAutoLock(int minutes);

    ReadOnlyObjectProperty<Theme> themeProperty();

    void changeTheme(Theme theme);
}
