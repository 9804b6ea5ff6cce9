package nestling.ui.today;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import nestling.domain.EntryData;
import nestling.domain.RunningTimer;
import nestling.domain.Side;
import nestling.domain.TimerState;
import nestling.domain.UnitFormat;
import nestling.guidance.NextNap;
import nestling.insights.DayTotals;
import nestling.ui.common.Formats;
import nestling.ui.common.UiContext;

/** The dashboard's sentences, from the bundle: durations, the cards' lines, totals and the backup age. */
public final class TodayTexts {
    private final UiContext context;
    private final Formats formats;

    public TodayTexts(UiContext context) {
        this.context = context;
        this.formats = context.formats();
    }

    public String text(String key) {
        return context.text(key);
    }

    public String message(String key, Object... arguments) {
        return formats.message(key, arguments);
    }

    /** "45 min" or "2 h 10 min" (whole minutes, rounded down). */
    public String duration(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        return minutes < 60 ? formats.message("today.duration.minutes", minutes)
                : formats.message("today.duration.hoursMinutes", minutes / 60, minutes % 60);
    }

    /** A length in a range ("30 min–1 h"): whole hours without "0 min", which reads oddly there. */
    public String span(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        return minutes >= 60 && minutes % 60 == 0 ? formats.message("today.duration.hours", minutes / 60)
                : duration(duration);
    }

    /** How long ago something happened: "Just now" within its first minute, else {@link #duration}. */
    public String since(Duration duration) {
        return isJustNow(duration) ? text("today.justNow") : duration(duration);
    }

    /** Under a minute: "0 min ago" reads like a mistake at 3 a.m. */
    public static boolean isJustNow(Duration duration) {
        return duration.toMinutes() < 1;
    }

    /** A stopwatch: "07:12" or "1:07:12". */
    public static String stopwatch(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%02d:%02d", m, s);
    }

    public String side(Side side) {
        return context.text("today.side." + side.name());
    }

    public String timerName(RunningTimer timer) {
        return context.text("today.timer." + timer.kind().name());
    }

    /** For a breastfeed: "Left 07:12 · Right 00:00 · now on the left"; else empty. */
    public String sides(RunningTimer timer, Instant now) {
        if (timer.state().side() == null) {
            return "";
        }
        TimerState totals = timer.state().closedAt(now.isBefore(timer.startedAt()) ? timer.startedAt() : now);
        return formats.message("today.timer.sides", stopwatch(Duration.ofMillis(totals.leftMs())),
                stopwatch(Duration.ofMillis(totals.rightMs())), side(timer.state().side()));
    }

    public String diaperContents(EntryData.Diaper diaper) {
        String key = diaper.wet() && diaper.dirty() ? "today.diaper.wetDirty" : diaper.dirty() ? "today.diaper.dirty"
                : diaper.wet() ? "today.diaper.wet" : "today.diaper.dry";
        return context.text(key);
    }

    /**
     * "6 feeds · 420 ml · 38 min breast · 11 h 20 min sleep · 5 wet · 2 dirty", led by "Since 06:00"
     * (or "Since yesterday, 06:00" before it) when the family's day does not start at midnight.
     */
    public String totals(DashboardData data) {
        DayTotals t = data.totals();
        String figures = String.join(" \u00b7 ",
                formats.message("today.totals.feeds", t.feeds()),
                UnitFormat.volume(t.bottleMl(), data.units()),
                formats.message("today.totals.breast", t.breast().toMinutes()),
                formats.message("today.totals.sleep", duration(t.sleep())),
                formats.message("today.totals.wet", t.wetDiapers()),
                formats.message("today.totals.dirty", t.dirtyDiapers()));
        ZoneId zone = context.clock().getZone();
        if (t.start().atZone(zone).toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
            return figures;
        }
        boolean yesterday = t.date().isBefore(LocalDate.now(context.clock()));
        return formats.message(yesterday ? "today.totals.sinceYesterday" : "today.totals.since",
                formats.time(t.start())) + " \u00b7 " + figures;
    }

    public String nextDoses(DashboardData data, Instant now) {
        if (data.nextDoses().isEmpty()) {
            return context.text("today.medicine.none");
        }
        return String.join("\n", data.nextDoses().stream().map(d -> d.from().isAfter(now)
                ? formats.message("today.medicine.next", d.name(), formats.time(d.from()))
                : formats.message("today.medicine.now", d.name())).toList());
    }

    /** "Next nap around 11:20–11:40", "… was due around …", "not enough data yet"; empty while asleep. */
    public String nextNap(NextNap next, Instant now) {
        return switch (next.status()) {
            case ASLEEP -> "";
            case NOT_ENOUGH_DATA -> context.text("today.nap.notEnough");
            case ESTIMATE -> formats.message(next.isOverdue(now) ? "today.nap.wasDue" : "today.nap.around",
                    formats.time(next.earliest()), formats.time(next.latest()));
        };
    }

    /** The reasoning in one line: the baby's usual wake window here, and the age's published range. */
    public String nextNapWhy(NextNap next) {
        String age = next.ageRange().map(range -> formats.message("today.nap.age", span(range.shortest()),
                span(range.longest()))).orElse("");
        return switch (next.status()) {
            case ASLEEP -> "";
            case NOT_ENOUGH_DATA -> age;
            case ESTIMATE -> {
                String own = formats.message("today.nap.own", span(next.usual()), next.daysUsed());
                yield age.isEmpty() ? own : own + "\n" + age;
            }
        };
    }

    /** "Last backup 9 days ago", "… today", or "No backup yet"; the reminder follows when due. */
    public String backup(DashboardData data, Instant now, ZoneId zone) {
        String age;
        if (data.lastBackup() == null) {
            age = context.text("today.backup.never");
        } else {
            long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(data.lastBackup(), zone), LocalDate.ofInstant(now, zone));
            age = formats.message("today.backup.ago", Math.max(0, days));
        }
        return data.backupDue() ? age + " " + formats.message("today.backup.due", data.backupReminderDays()) : age;
    }

    public String bottleButton(DashboardData data) {
        return data == null || data.lastBottleMl() == null ? context.text("today.quick.bottleNone")
                : formats.message("today.quick.bottle", UnitFormat.volume(data.lastBottleMl(), data.units()));
    }

    public String logged(Logged logged) {
        return logged(logged, false, false);
    }

    /**
     * As above, never implying it was kept when it was not: {@code readOnly} when the vault's folder
     * is read-only, {@code notSaved} when its save failed (and is being retried).
     */
    public String logged(Logged logged, boolean readOnly, boolean notSaved) {
        String key = readOnly ? "today.logged.notSaved" : notSaved ? "today.logged.notSavedYet" : "today.logged.bar";
        return formats.message(key, context.text(logged.what()),
                logged.who(), formats.time(logged.at()));
    }
}
