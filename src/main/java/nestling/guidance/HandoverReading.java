package nestling.guidance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nestling.domain.Baby;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.RunningTimer;
import nestling.domain.TimerKind;
import nestling.journal.Journal;
import nestling.store.EntryQuery;

/** Reads a {@link Handover} from the journal. */
public final class HandoverReading {
    /** Doses older than this no longer make a "next dose" line: the course is over or the dose is long due. */
    static final Duration DOSES_LOOKED_AT = Duration.ofHours(24);
    /** The last feed is looked for this far back, whatever the period: "last fed 3 days ago" helps nobody. */
    static final Duration FEEDS_LOOKED_AT = Duration.ofDays(2);

    private HandoverReading() {
    }

    public static Handover of(Journal journal, Baby baby, Instant since, Instant now) {
        if (since.isAfter(now)) {
            throw new IllegalArgumentException("the handover starts after now");
        }
        UUID babyId = baby.meta().id();
        Instant lookFrom = earliest(since, now.minus(FEEDS_LOOKED_AT), now.minus(DOSES_LOOKED_AT));
        List<Entry> entries = new ArrayList<>(journal.entries().list(EntryQuery.of(babyId, lookFrom, now)));
        entries.removeIf(entry -> entry.start().isAfter(now));
        entries.sort(Comparator.comparing(Entry::start));
        List<RunningTimer> timers = journal.timers().running(babyId);

        Entry lastFeed = null;
        Instant lastSleepEnd = null;
        int feeds = 0;
        int bottleMl = 0;
        long breastSeconds = 0;
        int wet = 0;
        int dirty = 0;
        int diapers = 0;
        Duration sleep = Duration.ZERO;
        List<Entry> doses = new ArrayList<>();
        List<Entry> notes = new ArrayList<>();
        Map<String, Handover.DoseDue> due = new LinkedHashMap<>();
        for (Entry entry : entries) {
            boolean inPeriod = !entry.start().isBefore(since);
            switch (entry.data()) {
                case EntryData.Breastfeeding feed -> {
                    lastFeed = entry;
                    if (inPeriod) {
                        feeds++;
                        breastSeconds += feed.leftSeconds() + feed.rightSeconds();
                    }
                }
                case EntryData.Bottle bottle -> {
                    lastFeed = entry;
                    if (inPeriod) {
                        feeds++;
                        bottleMl += bottle.ml() == null ? 0 : bottle.ml();
                    }
                }
                case EntryData.Sleep ignored -> {
                    if (entry.end() != null) {
                        lastSleepEnd = lastSleepEnd == null || entry.end().isAfter(lastSleepEnd) ? entry.end() : lastSleepEnd;
                        sleep = sleep.plus(overlap(entry.start(), entry.end(), since, now));
                    }
                }
                case EntryData.Diaper diaper when inPeriod -> {
                    diapers++;
                    wet += diaper.wet() ? 1 : 0;
                    dirty += diaper.dirty() ? 1 : 0;
                }
                case EntryData.Medicine medicine -> {
                    if (inPeriod) {
                        doses.add(entry);
                    }
                    entry.nextDoseFrom().filter(next -> !entry.start().isBefore(now.minus(DOSES_LOOKED_AT)))
                            .ifPresent(next -> due.put(medicine.name().strip().toLowerCase(java.util.Locale.ROOT),
                                    new Handover.DoseDue(medicine.name(), entry.start(), next)));
                }
                case EntryData.Note ignored when inPeriod -> notes.add(entry);
                case EntryData.Milestone ignored when inPeriod -> notes.add(entry);
                default -> {
                }
            }
        }
        Instant asleepSince = timers.stream().filter(t -> t.kind() == TimerKind.SLEEP).map(RunningTimer::startedAt)
                .min(Instant::compareTo).orElse(null);
        if (asleepSince != null) {
            sleep = sleep.plus(overlap(asleepSince, now, since, now));
        }
        Instant awakeSince = asleepSince == null ? lastSleepEnd : null;
        return new Handover(since, now, lastFeed, timers, asleepSince, awakeSince, feeds, bottleMl,
                Duration.ofSeconds(breastSeconds), wet, dirty, diapers, sleep, doses, List.copyOf(due.values()), notes);
    }

    /** The latest moment before {@code now} the clock showed {@code time}: "since 22:00" asked at 06:10 is last night. */
    public static Instant latestBefore(LocalTime time, Instant now, ZoneId zone) {
        ZonedDateTime candidate = now.atZone(zone).with(time);
        return candidate.toInstant().isAfter(now) ? candidate.minusDays(1).toInstant() : candidate.toInstant();
    }

    /** Since the caregiver's own last entry for this baby (in the last 14 days), if there is one. */
    public static java.util.Optional<Instant> lastEntryBy(Journal journal, UUID babyId, UUID caregiverId, Instant now) {
        return journal.entries().list(EntryQuery.of(babyId, now.minus(Duration.ofDays(14)), now)).stream()
                .filter(entry -> caregiverId.equals(entry.meta().createdBy()) && !entry.start().isAfter(now))
                .map(Entry::start)
                .max(Instant::compareTo);
    }

    private static Duration overlap(Instant start, Instant end, Instant from, Instant until) {
        Instant a = start.isAfter(from) ? start : from;
        Instant b = end.isBefore(until) ? end : until;
        return b.isAfter(a) ? Duration.between(a, b) : Duration.ZERO;
    }

    private static Instant earliest(Instant... instants) {
        Instant min = instants[0];
        for (Instant instant : instants) {
            min = instant.isBefore(min) ? instant : min;
        }
        return min;
    }
}
