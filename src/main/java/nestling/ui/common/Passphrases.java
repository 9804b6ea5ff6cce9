package nestling.ui.common;

import java.util.Arrays;

/**
 * Passphrase characters out of text fields into {@code char[]} that can be wiped. A JavaFX
 * {@code PasswordField} keeps its text as a String, which cannot be wiped: screens copy it out with
 * {@link #copy}, clear the field at once and wipe the copy when the work is done.
 */
public final class Passphrases {
    private Passphrases() {
    }

    public static char[] copy(CharSequence text) {
        if (text == null) {
            return new char[0];
        }
        char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = text.charAt(i);
        }
        return chars;
    }

    public static void wipe(char[]... passphrases) {
        for (char[] passphrase : passphrases) {
            if (passphrase != null) {
                Arrays.fill(passphrase, '\0');
            }
        }
    }

    /** True if both hold the same characters, without making Strings of them. */
    public static boolean same(CharSequence a, CharSequence b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
