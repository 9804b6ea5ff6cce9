package nestling.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.RunningTimer;
import nestling.guidance.Handover;

/** The text form of {@code nestling handover}: the state now first, then the period's counts, doses and notes. */
final class HandoverText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private HandoverText() {
    }

    static String render(String baby, Handover h, ZoneId zone) {
        StringBuilder out = new StringBuilder();
        out.append(baby).append(", since ").append(h.since().atZone(zone).format(DAY_TIME)).append(" (")
                .append(NextNapText.span(Duration.between(h.since(), h.until()))).append(")\n");
        line(out, "Last feed", h.lastFeed() == null ? "none in the last 2 days"
                : time(h.lastFeed().start(), zone) + ", " + EntrySummary.of(h.lastFeed().data()) + " ("
                        + NextNapText.span(Duration.between(h.lastFeed().start(), h.until())) + " ago)");
        for (RunningTimer timer : h.runningTimers()) {
            line(out, "Running", timer.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " since "
                    + time(timer.startedAt(), zone));
        }
        if (h.asleepSince() != null) {
            line(out, "Sleep", "asleep since " + time(h.asleepSince(), zone) + " ("
                    + NextNapText.span(Duration.between(h.asleepSince(), h.until())) + ")");
        } else if (h.awakeSince() != null) {
            line(out, "Sleep", "awake since " + time(h.awakeSince(), zone) + " ("
                    + NextNapText.span(Duration.between(h.awakeSince(), h.until())) + ")");
        }
        line(out, "Slept", NextNapText.span(h.sleep()) + " in this time");
        line(out, "Feeds", h.feeds() + (h.feeds() == 0 ? "" : " (bottle " + h.bottleMl() + " ml, breast "
                + NextNapText.span(h.breastTime()) + ")"));
        line(out, "Diapers", h.diapers() + (h.diapers() == 0 ? "" : " (" + h.wetDiapers() + " wet, " + h.dirtyDiapers()
                + " dirty)"));
        line(out, "Medicine", h.doses().isEmpty() ? "none given" : join(h.doses(), zone));
        for (Handover.DoseDue due : h.dosesDue()) {
            line(out, "Next dose", due.medicine() + (due.isDue(h.until()) ? " may be given again (since "
                    + time(due.from(), zone) + ")" : " not before " + time(due.from(), zone) + " (in "
                    + NextNapText.span(Duration.between(h.until(), due.from())) + ")"));
        }
        for (Entry note : h.notes()) {
            String text = note.data() instanceof EntryData.Note n ? n.text()
                    : ((EntryData.Milestone) note.data()).title();
            line(out, note.type() == nestling.domain.EntryType.NOTE ? "Note" : "Milestone",
                    time(note.start(), zone) + " " + text);
        }
        return out.toString().stripTrailing();
    }

    private static void line(StringBuilder out, String label, String text) {
        out.append("  ").append(label).append(": ").append(text).append('\n');
    }

    private static String join(List<Entry> doses, ZoneId zone) {
        StringBuilder joined = new StringBuilder();
        for (Entry dose : doses) {
            joined.append(joined.isEmpty() ? "" : "; ").append(time(dose.start(), zone)).append(' ')
                    .append(EntrySummary.of(dose.data()).strip());
        }
        return joined.toString();
    }

    private static String time(Instant instant, ZoneId zone) {
        return instant.atZone(zone).format(TIME);
    }
}
