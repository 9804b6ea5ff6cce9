package nestling.vault;

/**
 * How strong a new passphrase must be, and a rough hint of how strong it is. The hint is an
 * estimate from length and variety, enough to steer a tired parent away from "baby123".
 */
public final class PassphrasePolicy {
    public static final int MINIMUM_LENGTH = 8;

    /** Strength buckets shown next to the passphrase field. */
    public enum Strength { TOO_SHORT, WEAK, FAIR, STRONG }

    private PassphrasePolicy() {
    }

    public static boolean acceptable(char[] passphrase) {
        return strength(passphrase) != Strength.TOO_SHORT;
    }

    public static Strength strength(char[] passphrase) {
        int length = passphrase.length;
        if (length < MINIMUM_LENGTH) {
            return Strength.TOO_SHORT;
        }
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        boolean space = false;
        int distinct = (int) new String(passphrase).chars().distinct().count();
        for (char c : passphrase) {
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else if (Character.isWhitespace(c)) {
                space = true;
            } else {
                other = true;
            }
        }
        int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 32 : 0) + (space ? 1 : 0);
        // bits ≈ effective length × log2(pool); repeated characters count less.
        double effectiveLength = Math.min(length, distinct * 1.5);
        double bits = effectiveLength * (Math.log(Math.max(pool, 2)) / Math.log(2));
        if (bits >= 70 || (space && length >= 20)) {
            return Strength.STRONG;
        }
        return bits >= 45 ? Strength.FAIR : Strength.WEAK;
    }
}
