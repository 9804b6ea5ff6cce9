package nestling.ui.entry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.store.EntryQuery;

/**
 * What a new entry takes from the last one of its type and baby, so that a tired hand types less:
 * the bottle's content and amount, the medicine and its dose, the breast to start on, the
 * thermometer; and a feed or sleep starts no earlier than the last one ended.
 */
final class RememberedDefaults {
    /** How far back the last entry of a type is looked for. */
    private static final Duration LOOK_BACK = Duration.ofDays(60);

    private RememberedDefaults() {
    }

    /** Whether a new entry of {@code type} takes values from the last one. */
    static boolean remembersLast(EntryType type) {
        return switch (type) {
            case BOTTLE, MEDICINE, BREASTFEEDING, TEMPERATURE -> true;
            default -> false;
        };
    }

    /** Whether opening a new {@code type} needs the last entries at all (values, or where to start). */
    static boolean needsLastEntries(EntryType type) {
        return remembersLast(type) || type.overlapGroup() != null;
    }

    /** The entries of {@code type} a new one of {@code baby}'s takes from, oldest first (read off the FX thread). */
    static EntryQuery lastOnes(UUID baby, EntryType type, Instant now) {
        return new EntryQuery(baby, now.minus(LOOK_BACK), now.plus(Duration.ofDays(1)), Set.of(type));
    }

    /** Puts what {@code last} had into the form (notes, times and one-off details stay as they are). */
    static void apply(EntryData last, TypeForm form, Function<String, FormField> field) {
        switch (last) {
            case EntryData.Bottle bottle -> form.load(new EntryData.Bottle(bottle.content(), bottle.ml(), null));
            case EntryData.Medicine medicine -> form.load(new EntryData.Medicine(medicine.name(), medicine.dose(),
                    medicine.unit(), medicine.minIntervalMinutes(), null));
            case EntryData.Breastfeeding feed -> field.apply("lastSide").choiceProperty().set(feed.nextSide());
            case EntryData.Temperature temperature -> field.apply("method").choiceProperty().set(temperature.method());
            default -> { }
        }
    }

    /**
     * How many minutes before {@code now} a new entry should start so as not to overlap the latest
     * of {@code entries}, when that ended after {@code start}: a feed that ended 5 minutes ago makes
     * the new one start 5 minutes ago. Null when {@code start} overlaps nothing.
     */
    static Long minutesAgoAfter(List<Entry> entries, Instant start, Instant now) {
        Instant lastEnd = entries.stream().map(Entry::endOrStart).filter(e -> !e.isAfter(now))
                .max(Instant::compareTo).orElse(null);
        return lastEnd != null && lastEnd.isAfter(start) ? Duration.between(lastEnd, now).toMinutes() : null;
    }
}
