package nestling.imports;

import java.nio.file.Path;

/** One other app's export format: reads its file or folder into rows, without touching a vault. */
public interface SourceFormat {

    /** The name the command line uses: {@code huckleberry}, {@code nara}, {@code babytracker}, {@code babybuddy}. */
    String name();

    /** The app's name as a parent knows it, for messages ("Huckleberry", "Baby Buddy"). */
    String displayName();

    /**
     * Reads everything in {@code fileOrFolder}. A row that cannot be carried is a {@link RefusedRow}; a file
     * that is not this format at all (wrong header, not a CSV, an unreadable zip) throws, and nothing is read.
     */
    SourceReading read(Path fileOrFolder, SourceAnswers answers) throws ImportFormatException;
}
