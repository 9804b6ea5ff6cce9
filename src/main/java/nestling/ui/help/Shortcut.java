package nestling.ui.help;

/**
 * One line of the keyboard help: the keys as shown ("Ctrl+L") and the bundle key of what they do.
 *
 * @param ready false while the screen that handles the keys is still being built (shown as "coming")
 */
public record Shortcut(String keys, String textKey, boolean ready) {
}
