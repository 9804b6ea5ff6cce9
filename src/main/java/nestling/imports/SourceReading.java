package nestling.imports;

import java.util.List;

/**
 * Everything a format read from one file or folder.
 *
 * @param babies  the babies the source names, in the order first seen (with a birth date where the source
 *                has a profile), so the parent can map them onto Nestling's babies or create them
 * @param rows    the rows it could carry
 * @param refused the rows it could not, each with its reason
 */
public record SourceReading(List<SourceBaby> babies, List<SourceRow> rows, List<RefusedRow> refused) {
    public SourceReading {
        babies = List.copyOf(babies);
        rows = List.copyOf(rows);
        refused = List.copyOf(refused);
    }
}
