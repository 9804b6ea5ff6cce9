package nestling.imports.csv;

/**
 * The text is not well-formed CSV at {@code line} (a quote that never closes, text after a closing quote).
 * The message names the line and the problem, never the content.
 */
public final class CsvFormatException extends Exception {
    private final int line;

    public CsvFormatException(int line, String problem) {
        super("line " + line + ": " + problem);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
