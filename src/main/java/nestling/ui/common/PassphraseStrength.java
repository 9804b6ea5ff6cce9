package nestling.ui.common;

import java.util.ResourceBundle;
import nestling.vault.PassphrasePolicy;
import nestling.vault.PassphrasePolicy.Strength;

/** The strength hint shown under a new passphrase field, from {@link PassphrasePolicy}. */
public final class PassphraseStrength {
    private PassphraseStrength() {
    }

    public static Strength of(CharSequence text) {
        char[] chars = Passphrases.copy(text);
        try {
            return PassphrasePolicy.strength(chars);
        } finally {
            Passphrases.wipe(chars);
        }
    }

    /** Empty for an empty field, so a fresh form does not start by scolding. */
    public static String hint(ResourceBundle bundle, CharSequence text) {
        if (text == null || text.isEmpty()) {
            return bundle.getString("strength.EMPTY");
        }
        return bundle.getString("strength." + of(text).name());
    }
}
