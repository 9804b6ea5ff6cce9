package nestling.ui.today;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nestling.backup.LastBackup;
import nestling.domain.BottleContent;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.LocalDays;
import nestling.domain.Side;
import nestling.insights.Insights;
import nestling.journal.Journal;
import nestling.store.Database;
import nestling.store.EntryQuery;

/**
 * Gathers a dashboard in one go (runs on the background worker, never on the FX thread): the
 * latest feed, diaper, sleep and doses of the last days, the running timers, today's totals and
 * the backup age. Two indexed range queries plus a few settings reads.
 */
public final class DashboardLoader {
    /** How far back "the last feed" is looked for; older ones show as "none in the last days". */
    public static final Duration LOOKBACK = Duration.ofDays(3);
    private static final Set<EntryType> RECENT = Set.of(EntryType.BREASTFEEDING, EntryType.BOTTLE, EntryType.DIAPER,
            EntryType.SLEEP, EntryType.MEDICINE);

    private final Journal journal;
    private final Database database;

    public DashboardLoader(Journal journal, Database database) {
        this.journal = journal;
        this.database = database;
    }

    public DashboardData load(UUID babyId, Instant now, ZoneId zone) {
        LocalDate today = LocalDays.dayOf(now, zone);
        List<Entry> recent = journal.entries().list(new EntryQuery(babyId, now.minus(LOOKBACK),
                now.plus(Duration.ofDays(1)), RECENT));
        Entry lastFeed = null;
        Entry lastBreast = null;
        Entry lastBottle = null;
        Entry lastDiaper = null;
        Entry lastSleep = null;
        Map<String, NextDose> doses = new LinkedHashMap<>();
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
                case EntryData.Medicine m -> entry.nextDoseFrom().ifPresentOrElse(
                        from -> doses.put(key(m.name()), new NextDose(m.name(), from)),
                        () -> doses.remove(key(m.name())));
                default -> { }
            }
        }
        Side nextSide = lastBreast == null ? null : ((EntryData.Breastfeeding) lastBreast.data()).nextSide();
        Integer bottleMl = lastBottle == null ? null : ((EntryData.Bottle) lastBottle.data()).ml();
        BottleContent content = lastBottle == null ? null : ((EntryData.Bottle) lastBottle.data()).content();
        List<NextDose> upcoming = new ArrayList<>(doses.values());
        upcoming.removeIf(d -> d.from().isBefore(now.minus(Duration.ofHours(12))));
        Instant backup = LastBackup.of(database).orElse(null);
        return new DashboardData(babyId, today, lastFeed, nextSide, lastDiaper, lastSleep, bottleMl, content,
                journal.timers().running(babyId), new Insights(database, zone).day(babyId, today), upcoming, backup,
                LastBackup.reminderDue(database, now), LastBackup.reminderDays(database),
                journal.preferences().units());
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
