package nestling.reminders;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nestling.domain.Entry;
import nestling.domain.EntryData;

/**
 * The earliest time the next dose of a medicine may be given, from its last dose and minimum
 * interval. The dashboard's "next dose" and the medicine reminder both read it from here.
 */
public record DueDose(String name, Instant from) {
    /** A course whose next dose was allowed this long ago is taken as finished. */
    public static final Duration FORGOTTEN_AFTER = Duration.ofHours(12);

    /**
     * The next dose of every medicine among {@code entries} (in start order), by the latest dose of
     * each name (case-insensitive); a latest dose without a minimum interval ends its medicine's
     * reminder, and so does one whose next dose was due more than {@link #FORGOTTEN_AFTER} ago.
     */
    public static List<DueDose> of(List<Entry> entries, Instant now) {
        Map<String, DueDose> doses = new LinkedHashMap<>();
        for (Entry entry : entries) {
            if (entry.start().isAfter(now) || !(entry.data() instanceof EntryData.Medicine m)) {
                continue;
            }
            entry.nextDoseFrom().ifPresentOrElse(from -> doses.put(key(m.name()), new DueDose(m.name(), from)),
                    () -> doses.remove(key(m.name())));
        }
        List<DueDose> upcoming = new ArrayList<>(doses.values());
        upcoming.removeIf(d -> d.from().isBefore(now.minus(FORGOTTEN_AFTER)));
        return upcoming;
    }

    /** The name a medicine's doses share: "Paracetamol" and " paracetamol " are one. */
    public static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
