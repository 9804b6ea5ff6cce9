package nestling.backup;

import java.util.Collection;

/**
 * How a refusal names a key the format does not have. A damaged file can make a "key" out of
 * anything, a baby's name or a note included ("endAdata" after a cut), and a message must never
 * quote a family's data. So the key is quoted only when it is a short plain identifier within two
 * edits of a key the format has (a typo such as "updatedAtt", which is what a person writing a
 * backup needs to see); otherwise the message says where, not what.
 */
final class UnknownNames {
    private static final int MAX_LENGTH = 40;
    private static final int MAX_EDITS = 2;

    private UnknownNames() {
    }

    /** "unknown field $.caregivers[0].updatedAtt", or "unknown field in $.caregivers[0]". */
    static String describe(String what, String parentPath, String name, Collection<String> known) {
        return quotable(name, known) ? what + " " + parentPath + "." + name : what + " in " + parentPath;
    }

    static boolean quotable(String name, Collection<String> known) {
        if (name.isEmpty() || name.length() > MAX_LENGTH || !name.chars().allMatch(c -> c < 128
                && (Character.isLetterOrDigit(c) || c == '_'))) {
            return false;
        }
        return known.stream().anyMatch(k -> edits(name, k) <= MAX_EDITS);
    }

    /** Levenshtein distance (both strings are short identifiers). */
    private static int edits(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
