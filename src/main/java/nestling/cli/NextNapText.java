package nestling.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import nestling.guidance.AgeWakeRange;
import nestling.guidance.NextNap;

/** The text form of {@code nestling next}: the window first, then each reason on its own line. */
final class NextNapText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private NextNapText() {
    }

    static String render(String baby, NextNap next, Instant now, ZoneId zone) {
        StringBuilder out = new StringBuilder();
        switch (next.status()) {
            case ASLEEP -> out.append(baby).append(" is asleep since ").append(time(next.asleepSince(), zone))
                    .append(" (").append(span(Duration.between(next.asleepSince(), now))).append("): no nap to predict now.\n");
            case NOT_ENOUGH_DATA -> {
                out.append(baby).append(": not enough data yet for a next-nap estimate.\n");
                if (next.awakeSince() == null) {
                    out.append("  No sleep ended in the last 6 hours; log sleeps (start and end) and ask again.\n");
                } else {
                    out.append("  Awake since ").append(time(next.awakeSince(), zone)).append(" (")
                            .append(span(next.awakeFor(now))).append(").\n");
                    out.append("  ").append(next.windowsUsed()).append(" wake window(s) around this time of day on ")
                            .append(next.daysUsed()).append(" day(s) in the last ").append(NextNap.DAYS_BACK)
                            .append(" days; an estimate needs ").append(NextNap.FEWEST_WINDOWS).append(" from at least ")
                            .append(NextNap.FEWEST_DAYS).append(" days.\n");
                }
            }
            case ESTIMATE -> {
                out.append(baby).append(": next nap ").append(next.isOverdue(now) ? "was due " : "")
                        .append("around ").append(time(next.earliest(), zone)).append("–")
                        .append(time(next.latest(), zone)).append(".\n");
                out.append("  Awake since ").append(time(next.awakeSince(), zone)).append(" (")
                        .append(span(next.awakeFor(now))).append(").\n");
                out.append("  Wake windows around this time over the last ").append(NextNap.DAYS_BACK).append(" days: ")
                        .append(span(next.usual())).append(" (median; half of them between ").append(span(next.usualLow()))
                        .append(" and ").append(span(next.usualHigh())).append("), from ").append(next.windowsUsed())
                        .append(" windows on ").append(next.daysUsed()).append(" days.\n");
                if (!next.todayShift().isZero()) {
                    boolean later = next.todayShift().isPositive();
                    out.append("  Today's wake windows ran longer or shorter than usual: moved ")
                            .append(span(next.todayShift().abs())).append(later ? " later" : " earlier").append(".\n");
                }
                if (next.ageShare() >= 0.05) {
                    out.append("  Her windows vary a lot or are few, so the estimate leans ")
                            .append(Math.round(next.ageShare() * 100)).append("% toward the usual range for her age.\n");
                }
            }
        }
        out.append("  ").append(ageLine(next)).append('\n');
        out.append("  A guide from the log, not medical advice.");
        return out.toString();
    }

    private static String ageLine(NextNap next) {
        if (next.ageRange().isEmpty()) {
            return "The published wake-window table stops at one year; no usual range for this age.";
        }
        AgeWakeRange range = next.ageRange().get();
        return "Usual for this age" + (next.correctedAge() ? " (corrected for birth before term)" : "") + ": "
                + span(range.shortest()) + " to " + span(range.longest()) + " (" + AgeWakeRange.SOURCE + ").";
    }

    private static String time(Instant instant, ZoneId zone) {
        return instant.atZone(zone).format(TIME);
    }

    static String span(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }
}
