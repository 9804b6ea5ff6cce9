package nestling.cli;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import tools.jackson.databind.json.JsonMapper;

/**
 * An entry as the CLI prints it: a JSON object (id, type, baby, times, who, then the type's own
 * fields under their record names, enum values in the CLI's lower-case spelling) or one text line.
 * Each time carries its own offset ({@link CliTime#wallClock}, in {@code zone}); {@code activityName}
 * is the family's own activity's name for such an entry, else null.
 */
record EntryView(Entry entry, String babyName, String byName, ZoneId zone, String activityName) {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    static String json(List<EntryView> views) {
        List<Map<String, Object>> rows = new ArrayList<>(views.size());
        for (EntryView view : views) {
            rows.add(view.fields());
        }
        return MAPPER.writeValueAsString(rows);
    }

    String json() {
        return MAPPER.writeValueAsString(fields());
    }

    Map<String, Object> fields() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", entry.id().toString());
        row.put("type", entry.type().wireName());
        row.put("baby", babyName);
        row.put("babyId", entry.babyId().toString());
        row.put("start", CliTime.wallClock(entry, entry.start(), zone).toString());
        row.put("end", entry.end() == null ? null : CliTime.wallClock(entry, entry.end(), zone).toString());
        entry.duration().ifPresent(d -> row.put("minutes", d.toMinutes()));
        row.put("by", byName);
        for (RecordComponent component : entry.data().getClass().getRecordComponents()) {
            row.put(component.getName(), plain(value(component)));
        }
        if (activityName != null) {
            row.put("activityName", activityName);
        }
        if (entry.data() instanceof EntryData.Breastfeeding feed) {
            row.put("nextSide", Choices.name(feed.nextSide()));
        }
        entry.nextDoseFrom().ifPresent(next -> row.put("nextDoseFrom", CliTime.wallClock(entry, next, zone).toString()));
        row.put("createdAt", entry.meta().createdAt().toString());
        row.put("updatedAt", entry.meta().updatedAt().toString());
        return row;
    }

    private Object value(RecordComponent component) {
        try {
            return component.getAccessor().invoke(entry.data());
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read field " + component.getName(), e);
        }
    }

    private static Object plain(Object value) {
        return switch (value) {
            case null -> null;
            case Enum<?> choice -> Choices.name(choice);
            case UUID id -> id.toString();
            case byte[] bytes -> Base64.getEncoder().encodeToString(bytes);
            default -> value;
        };
    }

    /** {@code 2026-11-20 21:30–02:10  Ada  sleep  night, 4 h 40 min}: each time at its own offset. */
    String plainLine() {
        OffsetDateTime start = CliTime.wallClock(entry, entry.start(), zone);
        String when = start.format(DAY_TIME)
                + (entry.end() == null ? "" : "–" + CliTime.wallClock(entry, entry.end(), zone).format(TIME));
        return when + "  " + babyName + "  " + entry.type().wireName() + "  " + EntrySummary.of(entry.data(), activityName)
                + entry.duration().map(d -> "  (" + length(d) + ")").orElse("");
    }

    /** {@link #plainLine()} and who logged it. */
    String line() {
        return plainLine() + (byName == null ? "" : "  by " + byName);
    }

    private static String length(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes >= 60 ? minutes / 60 + " h " + minutes % 60 + " min" : minutes + " min";
    }
}
