package nestling.ui.shell;

import java.util.Locale;

/** The screens in the left navigation, in their order there. */
public enum Section {
    TODAY, TIMELINE, HISTORY, GROWTH, INSIGHTS, BACKUP, SETTINGS, ABOUT;

    /** The bundle key of the section's name ("nav.today"). */
    public String key() {
        return "nav." + name().toLowerCase(Locale.ROOT);
    }

    /** The node id of its navigation button ("nav-today"). */
    public String id() {
        return "nav-" + name().toLowerCase(Locale.ROOT);
    }
}
