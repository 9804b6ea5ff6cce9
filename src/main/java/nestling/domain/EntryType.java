package nestling.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Every kind of entry, with the name used in the database, in JSON and on the command line, the
 * class of its fields, and whether it spans time (needs an end) or happens at an instant.
 */
public enum EntryType {
    BREASTFEEDING("breastfeeding", EntryData.Breastfeeding.class, Span.TIMED),
    BOTTLE("bottle", EntryData.Bottle.class, Span.INSTANT),
    SOLIDS("solids", EntryData.Solids.class, Span.INSTANT),
    PUMPING("pumping", EntryData.Pumping.class, Span.TIMED),
    SLEEP("sleep", EntryData.Sleep.class, Span.TIMED),
    DIAPER("diaper", EntryData.Diaper.class, Span.INSTANT),
    MEDICINE("medicine", EntryData.Medicine.class, Span.INSTANT),
    TEMPERATURE("temperature", EntryData.Temperature.class, Span.INSTANT),
    GROWTH("growth", EntryData.Growth.class, Span.INSTANT),
    ACTIVITY("activity", EntryData.Activity.class, Span.OPTIONAL),
    MILESTONE("milestone", EntryData.Milestone.class, Span.INSTANT),
    NOTE("note", EntryData.Note.class, Span.INSTANT);

    /** Whether an entry of the type has an end. */
    public enum Span {
        INSTANT, TIMED, OPTIONAL
    }

    private final String wireName;
    private final Class<? extends EntryData> dataClass;
    private final Span span;

    EntryType(String wireName, Class<? extends EntryData> dataClass, Span span) {
        this.wireName = wireName;
        this.dataClass = dataClass;
        this.span = span;
    }

    public String wireName() {
        return wireName;
    }

    public Class<? extends EntryData> dataClass() {
        return dataClass;
    }

    public Span span() {
        return span;
    }

    /**
     * Types whose entries of one baby must not overlap: a baby sleeps once at a time and feeds from
     * one breast (or bottle) at a time. Null for types that may overlap anything.
     */
    public String overlapGroup() {
        return switch (this) {
            case SLEEP -> "sleep";
            case BREASTFEEDING -> "feed";
            default -> null;
        };
    }

    public static Optional<EntryType> fromWireName(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (EntryType type : values()) {
            if (type.wireName.equals(wanted)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
