package nestling.imports;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import nestling.domain.EntryData;

/**
 * One row of another app's export, read into Nestling's terms but not yet an entry: the baby as the source
 * names it, times as the source wrote them, and the entry's data with units already converted.
 *
 * @param where      the file and line it came from, for refusals and for a stable id
 * @param sourceKey  what identifies this row in the source, stable across exports of the same data (the
 *                   source's own id where it has one, else the row's defining values such as type and start);
 *                   the import derives the entry's id from it, so importing the same file twice adds nothing
 * @param sourceBaby the baby's name (or id) in the source; null when the file is about one baby only
 * @param start      the local start as written
 * @param end        the local end for timed types (sleep, breastfeeding, pumping with times, activities), else null
 * @param offset     the offset the source wrote with the times, or null when it wrote local times only (the
 *                   import then resolves them in the zone the parent names, DST as the journal does)
 * @param data       the entry's data; anything the source has without a Nestling field goes into its notes
 */
public record SourceRow(SourceLine where, String sourceKey, String sourceBaby, LocalDateTime start,
        LocalDateTime end, ZoneOffset offset, EntryData data) {
    public SourceRow {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(sourceKey, "sourceKey");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(data, "data");
    }
}
