package nestling.imports;

import java.util.Objects;

/**
 * Where a row came from: the file's name (not its path: a summary must not reveal folders) and the line it
 * starts on, counting the header as line 1 (a quoted note over several lines keeps its first line).
 */
public record SourceLine(String file, int line) {
    public SourceLine {
        Objects.requireNonNull(file, "file");
    }

    @Override
    public String toString() {
        return file + ", line " + line;
    }
}
