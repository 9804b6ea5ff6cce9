package nestling.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line of {@code nestling batch} into words as a POSIX shell would for the same
 * {@code nestling log …} arguments: blanks separate words, {@code '…'} keeps everything literally,
 * {@code "…"} keeps blanks (with {@code \"} and {@code \\} inside), a backslash outside quotes keeps
 * the next character. No variables, globs or other shell features: a batch line is data.
 */
final class LogLineWords {
    private LogLineWords() {
    }

    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'') {
                int close = line.indexOf('\'', i + 1);
                if (close < 0) {
                    throw unclosed("'");
                }
                word.append(line, i + 1, close);
                i = close;
                inWord = true;
            } else if (c == '"') {
                i = doubleQuoted(line, i + 1, word);
                inWord = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** Appends the quoted text from {@code from}; returns the index of the closing quote. */
    private static int doubleQuoted(String line, int from, StringBuilder word) {
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                return i;
            }
            if (c == '\\' && i + 1 < line.length() && (line.charAt(i + 1) == '"' || line.charAt(i + 1) == '\\')) {
                c = line.charAt(++i);
            }
            word.append(c);
        }
        throw unclosed("\"");
    }

    private static CliFailure unclosed(String quote) {
        return new CliFailure(ExitCodes.USAGE, "a " + quote + " quote is not closed");
    }
}
