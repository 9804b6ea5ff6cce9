package nestling.ui.today;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nestling.domain.Baby;
import nestling.domain.BottleContent;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.FeverRule;
import nestling.domain.RunningTimer;
import nestling.domain.Side;
import nestling.guidance.NextNapReading;
import nestling.insights.Insights;
import nestling.journal.Journal;
import nestling.reminders.DueDose;
import nestling.reminders.ReminderFacts;
import nestling.reminders.ReminderSnapshot;
import nestling.store.Database;
import nestling.store.EntryQuery;

/**
 * Gathers a dashboard in one go (runs on the background worker, never on the FX thread): the
 * latest feed, diaper, sleep, doses and temperature of the last days, the running timers, today's totals and
 * the backup age and the reminders. Two indexed range queries plus a few settings reads; the reminders'
 * facts come from the same entries.
 */
public final class DashboardLoader {
    /**
     * How far back "the last feed" is looked for; older ones show as "none in the last days". The
     * reminders' window: their facts are taken from the same entries.
     */
    public static final Duration LOOKBACK = ReminderFacts.LOOKBACK;
    /** A fever warning stays while its reading is the latest one and at most this old. */
    public static final Duration FEVER_SHOWN = Duration.ofHours(24);
    private static final Set<EntryType> RECENT = Set.of(EntryType.BREASTFEEDING, EntryType.BOTTLE, EntryType.DIAPER,
            EntryType.SLEEP, EntryType.MEDICINE, EntryType.TEMPERATURE);

    private final Journal journal;
    private final Database database;

    public DashboardLoader(Journal journal, Database database) {
        this.journal = journal;
        this.database = database;
    }

    /** Snooze and dismiss for the dashboard's reminder cards (on the background worker). */
    public nestling.reminders.ReminderBook reminderBook(java.time.Clock clock) {
        return new nestling.reminders.ReminderBook(journal, database, clock);
    }

    public DashboardData load(Baby baby, Instant now, ZoneId zone) {
        UUID babyId = baby.meta().id();
        // The family's day: before their day-start hour, "today" is still the day that began yesterday.
        Insights insights = new Insights(database, zone, journal.preferences().dayStart());
        LocalDate today = insights.days().dayOf(now);
        List<Entry> recent = journal.entries().list(new EntryQuery(babyId, now.minus(LOOKBACK),
                now.plus(Duration.ofDays(1)), RECENT));
        Entry lastFeed = null;
        Entry lastBreast = null;
        Entry lastBottle = null;
        Entry lastDiaper = null;
        Entry lastSleep = null;
        Entry lastTemperature = null;
        for (Entry entry : recent) { // by start time, so later ones win
            if (entry.start().isAfter(now)) {
                continue;
            }
            switch (entry.data()) {
                case EntryData.Breastfeeding b -> {
                    lastFeed = entry;
                    lastBreast = entry;
                }
                case EntryData.Bottle b -> {
                    lastFeed = entry;
                    lastBottle = entry;
                }
                case EntryData.Diaper d -> lastDiaper = entry;
                case EntryData.Sleep s -> lastSleep = lastSleep == null
                        || !entry.endOrStart().isBefore(lastSleep.endOrStart()) ? entry : lastSleep;
                case EntryData.Temperature t -> lastTemperature = entry;
                default -> { }
            }
        }
        Side nextSide = lastBreast == null ? null : ((EntryData.Breastfeeding) lastBreast.data()).nextSide();
        Integer bottleMl = lastBottle == null ? null : ((EntryData.Bottle) lastBottle.data()).ml();
        BottleContent content = lastBottle == null ? null : ((EntryData.Bottle) lastBottle.data()).content();
        List<DueDose> upcoming = DueDose.of(recent, now);
        List<RunningTimer> timers = journal.timers().running(babyId);
        // The reminders' facts from the same entries and timers, and the backup's read once for both.
        ReminderFacts facts = ReminderFacts.load(database, List.of(ReminderFacts.of(babyId, recent, timers, now)));
        Entry fever = lastTemperature != null && !lastTemperature.start().isBefore(now.minus(FEVER_SHOWN))
                && FeverRule.callDoctorNow(baby, lastTemperature.start(), zone, lastTemperature.data())
                ? lastTemperature : null;
        return new DashboardData(babyId, today, lastFeed, nextSide, lastDiaper, lastSleep, bottleMl, content,
                timers, insights.day(babyId, today), upcoming, facts.lastBackup(), facts.backupDue(now),
                facts.backupEveryDays(), journal.preferences().units(), fever, NextNapReading.of(journal, baby, now, zone),
                ReminderSnapshot.load(database, facts));
    }
}
