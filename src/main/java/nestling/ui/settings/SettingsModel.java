package nestling.ui.settings;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import nestling.journal.Journal;
import nestling.store.VaultSession;
import nestling.ui.common.Theme;

/** What the settings screen reads and changes; the unlocked shell provides it. */
public interface SettingsModel {
    VaultSession session();

    /** The session's use cases (babies, caregivers, units …); call them through {@code context.tasks()}. */
    Journal journal();

    /** Tells the other screens that the family's data changed (babies, caregivers …). */
    void familyChanged();

    ReadOnlyIntegerProperty autoLockMinutesProperty();

    /** Stores the idle minutes before auto-lock (0 = never) and applies them at once. */
    void changeAutoLock(int minutes);

    ReadOnlyObjectProperty<Theme> themeProperty();

    void changeTheme(Theme theme);

    ReadOnlyObjectProperty<Language> languageProperty();

    /** Stores the language; the window then rebuilds itself in it. */
    void changeLanguage(Language language);
}
