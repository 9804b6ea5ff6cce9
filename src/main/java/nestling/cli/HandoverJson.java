package nestling.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.RunningTimer;
import nestling.guidance.Handover;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The {@code --json} form of {@code nestling handover}. Times carry their offset; durations are whole minutes. */
final class HandoverJson {
    private HandoverJson() {
    }

    static String render(String baby, Handover h, ZoneId zone) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = mapper.createObjectNode();
        root.put("baby", baby);
        root.put("since", time(h.since(), zone));
        root.put("until", time(h.until(), zone));
        if (h.lastFeed() == null) {
            root.putNull("lastFeed");
        } else {
            ObjectNode feed = root.putObject("lastFeed");
            feed.put("type", h.lastFeed().type().name().toLowerCase(Locale.ROOT));
            feed.put("start", time(h.lastFeed().start(), zone));
            feed.put("summary", EntrySummary.of(h.lastFeed().data()));
        }
        ArrayNode timers = root.putArray("runningTimers");
        for (RunningTimer timer : h.runningTimers()) {
            timers.addObject().put("kind", timer.kind().name().toLowerCase(Locale.ROOT)).put("since", time(timer.startedAt(), zone));
        }
        root.put("asleepSince", time(h.asleepSince(), zone));
        root.put("awakeSince", time(h.awakeSince(), zone));
        root.put("sleepMinutes", h.sleep().toMinutes());
        root.put("feeds", h.feeds());
        root.put("bottleMl", h.bottleMl());
        root.put("breastMinutes", h.breastTime().toMinutes());
        root.put("diapers", h.diapers());
        root.put("wetDiapers", h.wetDiapers());
        root.put("dirtyDiapers", h.dirtyDiapers());
        ArrayNode doses = root.putArray("doses");
        for (Entry dose : h.doses()) {
            EntryData.Medicine medicine = (EntryData.Medicine) dose.data();
            ObjectNode node = doses.addObject();
            node.put("at", time(dose.start(), zone));
            node.put("medicine", medicine.name());
            node.put("dose", medicine.dose());
            node.put("unit", medicine.unit() == null ? null : medicine.unit().name().toLowerCase(Locale.ROOT));
        }
        ArrayNode due = root.putArray("nextDoses");
        for (Handover.DoseDue next : h.dosesDue()) {
            due.addObject().put("medicine", next.medicine()).put("lastGiven", time(next.lastGiven(), zone))
                    .put("notBefore", time(next.from(), zone)).put("dueNow", next.isDue(h.until()));
        }
        ArrayNode notes = root.putArray("notes");
        for (Entry note : h.notes()) {
            notes.addObject().put("at", time(note.start(), zone)).put("type", note.type().name().toLowerCase(Locale.ROOT))
                    .put("text", note.data() instanceof EntryData.Note n ? n.text() : ((EntryData.Milestone) note.data()).title());
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static String time(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime().toString();
    }
}
