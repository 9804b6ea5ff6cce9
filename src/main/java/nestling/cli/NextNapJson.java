package nestling.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import nestling.guidance.AgeWakeRange;
import nestling.guidance.NextNap;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The {@code --json} form of {@code nestling next}. Times carry their offset; durations are whole minutes. */
final class NextNapJson {
    private NextNapJson() {
    }

    static String render(String baby, NextNap next, Instant now, ZoneId zone) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = mapper.createObjectNode();
        root.put("baby", baby);
        root.put("asOf", time(now, zone));
        root.put("status", next.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        root.put("awakeSince", time(next.awakeSince(), zone));
        root.put("asleepSince", time(next.asleepSince(), zone));
        if (next.status() == NextNap.Status.ESTIMATE) {
            root.put("likely", time(next.likely(), zone));
            root.put("earliest", time(next.earliest(), zone));
            root.put("latest", time(next.latest(), zone));
            root.put("overdue", next.isOverdue(now));
            root.put("usualWakeMinutes", next.usual().toMinutes());
            root.put("usualWakeLowMinutes", next.usualLow().toMinutes());
            root.put("usualWakeHighMinutes", next.usualHigh().toMinutes());
            root.put("todayShiftMinutes", next.todayShift().toMinutes());
            root.put("todayWindows", next.todayWindows());
            root.put("ageShare", Math.round(next.ageShare() * 100) / 100.0);
        }
        root.put("windowsUsed", next.windowsUsed());
        root.put("daysUsed", next.daysUsed());
        root.put("daysBack", NextNap.DAYS_BACK);
        if (next.ageRange().isPresent()) {
            AgeWakeRange range = next.ageRange().get();
            ObjectNode age = root.putObject("ageRange");
            age.put("shortestMinutes", range.shortest().toMinutes());
            age.put("longestMinutes", range.longest().toMinutes());
            age.put("correctedAge", next.correctedAge());
            age.put("source", AgeWakeRange.SOURCE);
        } else {
            root.putNull("ageRange");
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static String time(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime().toString();
    }
}
