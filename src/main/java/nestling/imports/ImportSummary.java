package nestling.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nestling.domain.EntryType;

/**
 * What an import brings (or brought), row by row accounted for: per Nestling baby and entry type how
 * many rows are imported, skipped as duplicates (already in Nestling: imported before, or logged there
 * within a minute of the row) and refused, with the days they span; and every refused row with its
 * file, line and reason. Never a row's content: a summary may be printed, logged or shown.
 *
 * @param source   the app's name ("Huckleberry")
 * @param babies   one part per baby the rows belong to
 * @param refused  every refused row, in file order (the format's and the import's own)
 */
public record ImportSummary(String source, List<BabyPart> babies, List<RefusedRow> refused) {
    public ImportSummary {
        babies = List.copyOf(babies);
        refused = List.copyOf(refused);
    }

    /**
     * @param sourceName   the baby as the other app names it
     * @param nestlingName the Nestling baby the rows go to
     * @param created      the import adds this baby
     * @param birthGuessed the file has no birth date: the new baby's is the day of its first row
     * @param first        the first local day of a row imported or skipped (null when there is none)
     */
    public record BabyPart(String sourceName, String nestlingName, boolean created, boolean birthGuessed,
            Map<EntryType, Counts> types, LocalDate first, LocalDate last) {
        public BabyPart {
            types = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(types)); // in type order
        }

        public Counts total() {
            return types.values().stream().reduce(Counts.NONE, Counts::plus);
        }
    }

    public record Counts(int imported, int duplicates, int refused) {
        public static final Counts NONE = new Counts(0, 0, 0);

        public Counts plus(Counts other) {
            return new Counts(imported + other.imported, duplicates + other.duplicates, refused + other.refused);
        }
    }

    public int imported() {
        return babies.stream().mapToInt(b -> b.total().imported()).sum();
    }

    public int duplicates() {
        return babies.stream().mapToInt(b -> b.total().duplicates()).sum();
    }

    /** Every refused row, the format's included (those have no baby or type to count under). */
    public int refusedCount() {
        return refused.size();
    }

    /** The summary in English lines, for the command line. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(source + ": " + imported() + " to import, " + duplicates() + " skipped as duplicates, "
                + refusedCount() + " refused");
        for (BabyPart part : babies) {
            String who = part.nestlingName().equals(part.sourceName()) ? part.nestlingName()
                    : part.sourceName() + " \u2192 " + part.nestlingName();
            String span = part.first() == null ? "" : ", " + part.first() + (part.last().equals(part.first()) ? ""
                    : " to " + part.last());
            lines.add("  " + who + (part.created() ? " (new baby" + (part.birthGuessed()
                    ? "; birth date set to the first day, correct it in Babies)" : ")") : "") + span);
            part.types().forEach((type, counts) -> lines.add(String.format("    %-14s %6d imported %6d duplicates %6d refused",
                    type.wireName(), counts.imported(), counts.duplicates(), counts.refused())));
        }
        if (!refused.isEmpty()) {
            lines.add("Refused rows:");
            refused.forEach(row -> lines.add("  " + row.where() + ": " + row.reason()));
        }
        return lines;
    }
}
