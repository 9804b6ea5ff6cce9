package nestling.imports;

import java.util.List;
import nestling.domain.Baby;
import nestling.domain.Entry;

/**
 * An import worked out against the vault but not yet written: the babies it adds, the babies it
 * writes to that Nestling already has, the entries it adds, and the summary the parent sees first.
 */
public record ImportPlan(SourceFormat format, List<Baby> newBabies, List<Baby> existingBabies, List<Entry> entries,
        ImportSummary summary) {
    public ImportPlan {
        newBabies = List.copyOf(newBabies);
        existingBabies = List.copyOf(existingBabies);
        entries = List.copyOf(entries);
    }

    /** True when writing it would change nothing (the same file imported again, or only refusals). */
    public boolean addsNothing() {
        return entries.isEmpty() && newBabies.isEmpty();
    }
}
