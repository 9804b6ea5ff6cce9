package nestling.reminders;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nestling.backup.LastBackup;
import nestling.domain.Baby;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.RunningTimer;
import nestling.domain.TimerKind;
import nestling.journal.Journal;
import nestling.store.Database;
import nestling.store.EntryQuery;

/**
 * What the reminders are computed from, read from the vault in one step (a background task, never
 * the FX thread): per baby the last feed, the last diaper, whether a feed is running and the next
 * doses; for the family the last verified backup and its reminder period.
 *
 * @param lastBackup null when this laptop never made a verified backup
 * @param neverMadeDueAt while there is no backup, when that reminder comes due (see
 *        {@link LastBackup#neverMadeDueAt}); null while the vault holds no entry, or once backed up
 */
public record ReminderFacts(List<BabyFacts> babies, Instant lastBackup, Instant neverMadeDueAt, int backupEveryDays) {
    /** Feeds and diapers older than this count as unknown: no reminder is made from them. */
    public static final Duration LOOKBACK = Duration.ofDays(3);
    private static final Set<EntryType> LOOKED_AT = Set.of(EntryType.BREASTFEEDING, EntryType.BOTTLE, EntryType.DIAPER,
            EntryType.MEDICINE);

    public ReminderFacts {
        babies = List.copyOf(babies);
    }

    /** Whether the backup reminder calls at {@code now} ({@link LastBackup#reminderDue(Database, Instant)}). */
    public boolean backupDue(Instant now) {
        return LastBackup.reminderDue(lastBackup, neverMadeDueAt, backupEveryDays, now);
    }

    /**
     * @param lastFeed null when none in the {@link #LOOKBACK}
     * @param feeding a breastfeeding timer runs: a feed is happening, none is due
     * @param lastDiaper null when none in the {@link #LOOKBACK}
     */
    public record BabyFacts(UUID babyId, Entry lastFeed, boolean feeding, Entry lastDiaper, List<DueDose> doses) {
        public BabyFacts {
            doses = List.copyOf(doses);
        }
    }

    /** Reads the facts of every baby that is not archived. */
    public static ReminderFacts load(Journal journal, Database database, Instant now) {
        List<BabyFacts> babies = new ArrayList<>();
        for (Baby baby : journal.family().babies(false)) {
            babies.add(of(journal, baby.meta().id(), now));
        }
        return load(database, babies);
    }

    /** The family's backup facts with {@code babies}' own (read by {@link #of}). */
    public static ReminderFacts load(Database database, List<BabyFacts> babies) {
        Instant last = LastBackup.of(database).orElse(null);
        return new ReminderFacts(babies, last, last != null ? null : LastBackup.neverMadeDueAt(database).orElse(null),
                LastBackup.reminderDays(database));
    }

    static BabyFacts of(Journal journal, UUID babyId, Instant now) {
        List<Entry> recent = journal.entries().list(new EntryQuery(babyId, now.minus(LOOKBACK),
                now.plus(Duration.ofDays(1)), LOOKED_AT));
        return of(babyId, recent, journal.timers().running(babyId), now);
    }

    /**
     * One baby's facts from entries read already (the dashboard's, which reads these kinds and more
     * over the same window: from {@link #LOOKBACK} before {@code now} to a day after, by start time)
     * and its running timers; entries of other kinds are passed over.
     */
    public static BabyFacts of(UUID babyId, List<Entry> recent, List<RunningTimer> running, Instant now) {
        Entry lastFeed = null;
        Entry lastDiaper = null;
        for (Entry entry : recent) { // by start time, so later ones win
            if (entry.start().isAfter(now)) {
                continue;
            }
            if (entry.data() instanceof EntryData.Breastfeeding || entry.data() instanceof EntryData.Bottle) {
                lastFeed = entry;
            } else if (entry.data() instanceof EntryData.Diaper) {
                lastDiaper = entry;
            }
        }
        boolean feeding = running.stream().anyMatch(t -> t.kind() == TimerKind.BREASTFEEDING);
        return new BabyFacts(babyId, lastFeed, feeding, lastDiaper, DueDose.of(recent, now));
    }
}
