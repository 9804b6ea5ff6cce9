package nestling.imports;

/**
 * The file or folder is not what the chosen format expects (another app's export, a damaged zip, no CSV
 * header the format knows). The message says what was expected and what to do; it never quotes file content.
 */
public final class ImportFormatException extends Exception {
    public ImportFormatException(String message) {
        super(message);
    }

    public ImportFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
