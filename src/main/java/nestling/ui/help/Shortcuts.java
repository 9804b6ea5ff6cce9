package nestling.ui.help;

import java.util.List;

/**
 * Every keyboard shortcut of the window, in the order the help overlay lists them. This is the one
 * place to add a shortcut: a screen that handles new keys appends a line here (and its text to the
 * bundles), and flips {@code ready} to true when its handler exists.
 */
public final class Shortcuts {
    public static final List<Shortcut> ALL = List.of(
            new Shortcut("F1  /  ?", "help.keys.help", true),
            new Shortcut("Esc", "help.keys.escape", true),
            new Shortcut("Ctrl+L", "help.keys.lock", true),
            new Shortcut("Ctrl+Q", "help.keys.quit", true),
            new Shortcut("Alt+1 \u2026 Alt+8", "help.keys.section", true),
            new Shortcut("Ctrl+Z", "help.keys.undo", true),
            new Shortcut("Ctrl+Shift+Z  /  Ctrl+Y", "help.keys.redo", true),
            new Shortcut("Ctrl+F", "help.keys.search", true),
            new Shortcut("Ctrl+1 \u2026 Ctrl+9", "help.keys.baby", true),
            new Shortcut("Ctrl+N", "help.keys.newEntry", true),
            new Shortcut("W  /  D  /  M", "help.keys.diaper", true),
            new Shortcut("B", "help.keys.bottle", true),
            new Shortcut("Shift+B", "help.keys.bottleForm", true),
            new Shortcut("S", "help.keys.sleep", true),
            new Shortcut("F", "help.keys.breastfeeding", true),
            new Shortcut("L  /  R", "help.keys.breastSide", true),
            new Shortcut("X", "help.keys.switchSide", true),
            new Shortcut("P", "help.keys.pause", true),
            new Shortcut("\u2190  /  \u2192", "help.keys.day", true),
            new Shortcut("Alt+\u2191\u2193  /  Shift+\u2191\u2193", "help.keys.moveTimes", true),
            new Shortcut("Enter", "help.keys.save", true),
            new Shortcut("Tab  /  Shift+Tab", "help.keys.focus", true));

    /**
     * The keys of a window showing a copy (a backup opened to look at): nothing in it can be
     * changed, Ctrl+L closes it, and only the first five sections exist (no Backup, Settings, About).
     */
    public static final List<Shortcut> COPY = ALL.stream()
            .filter(shortcut -> List.of("help.keys.help", "help.keys.escape", "help.keys.lock", "help.keys.quit",
                    "help.keys.section", "help.keys.search", "help.keys.baby", "help.keys.day", "help.keys.focus")
                    .contains(shortcut.textKey()))
            .map(shortcut -> switch (shortcut.textKey()) {
                case "help.keys.lock" -> new Shortcut(shortcut.keys(), "help.keys.closeCopy", true);
                case "help.keys.section" -> new Shortcut("Alt+1 \u2026 Alt+5", "help.keys.sectionCopy", true);
                default -> shortcut;
            })
            .toList();

    /** What the Today keys and buttons follow, said under the shortcuts (bundle keys). */
    public static final List<String> TODAY_NOTES = List.of("help.notes.repeat", "help.notes.nextBreast",
            "help.notes.fever");

    private Shortcuts() {
    }
}
