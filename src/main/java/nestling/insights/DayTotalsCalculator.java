package nestling.insights;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nestling.domain.ActivityKind;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.FamilyDays;
import nestling.domain.SleepKind;

/**
 * Distributes a baby's entries over the family's days (cut at their day-start hour). Pure: the caller fetched the entries (live ones,
 * one baby, reaching a little beyond the days so wake windows at the edges are known).
 */
final class DayTotalsCalculator {
    private DayTotalsCalculator() {
    }

    /** One {@link DayTotals} per day from {@code first} to {@code last}, both included, in order. */
    static List<DayTotals> compute(List<Entry> entries, LocalDate first, LocalDate last, FamilyDays familyDays) {
        Map<LocalDate, DayAccumulator> days = new LinkedHashMap<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.put(day, new DayAccumulator(day, familyDays.start(day), familyDays.length(day)));
        }
        List<Entry> sleeps = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.meta().deleted()) {
                continue; // the store already leaves tombstones out; this keeps the rule local too
            }
            if (entry.data() instanceof EntryData.Sleep && entry.end() != null) {
                sleeps.add(entry);
                addSleep(days, entry, familyDays);
                continue;
            }
            if (entry.data() instanceof EntryData.Activity activity && activity.kind() == ActivityKind.TUMMY_TIME
                    && entry.end() != null) {
                familyDays.split(entry.start(), entry.end()).forEach((day, part) -> {
                    DayAccumulator acc = days.get(day);
                    if (acc != null) {
                        acc.tummyTime = acc.tummyTime.plus(part);
                    }
                });
                continue;
            }
            DayAccumulator day = days.get(familyDays.dayOf(entry.start()));
            if (day != null) {
                addInstant(day, entry, familyDays.zone());
            }
        }
        addWakeWindows(days, sleeps, familyDays);
        List<DayTotals> totals = new ArrayList<>(days.size());
        days.values().forEach(acc -> totals.add(acc.toTotals()));
        return totals;
    }

    private static void addSleep(Map<LocalDate, DayAccumulator> days, Entry sleep, FamilyDays familyDays) {
        boolean night = ((EntryData.Sleep) sleep.data()).kind() == SleepKind.NIGHT;
        familyDays.split(sleep.start(), sleep.end()).forEach((day, part) -> {
            DayAccumulator acc = days.get(day);
            if (acc == null) {
                return;
            }
            acc.sleep = acc.sleep.plus(part);
            if (night) {
                acc.nightSleep = acc.nightSleep.plus(part);
            } else {
                acc.naps = acc.naps.plus(part);
            }
        });
        DayAccumulator startDay = days.get(familyDays.dayOf(sleep.start()));
        if (startDay != null) {
            startDay.sleepCount++;
            Duration whole = Duration.between(sleep.start(), sleep.end());
            if (whole.compareTo(startDay.longestSleep) > 0) {
                startDay.longestSleep = whole;
            }
        }
    }

    private static void addInstant(DayAccumulator day, Entry entry, java.time.ZoneId zone) {
        switch (entry.data()) {
            case EntryData.Breastfeeding feed -> {
                day.breastfeeds++;
                day.breastLeftSeconds += feed.leftSeconds();
                day.breastRightSeconds += feed.rightSeconds();
            }
            case EntryData.Bottle bottle -> {
                day.bottles++;
                day.bottleMl += bottle.ml() == null ? 0 : bottle.ml();
            }
            case EntryData.Solids ignored -> day.solids++;
            case EntryData.Diaper diaper -> {
                day.diapers++;
                day.wet += diaper.wet() ? 1 : 0;
                day.dirty += diaper.dirty() ? 1 : 0;
            }
            case EntryData.Medicine medicine -> day.medicines.add(new MedicineGiven(medicine.name(), medicine.dose(),
                    medicine.unit(), entry.start(), local(entry.start(), zone)));
            case EntryData.Temperature temperature -> {
                if (temperature.deciCelsius() != null) {
                    day.temperatures.add(new TemperatureReading(entry.start(), local(entry.start(), zone),
                            temperature.deciCelsius(), temperature.method()));
                }
            }
            default -> {
                // growth, pumping, other activities, notes and milestones have their own views
            }
        }
    }

    // A wake window belongs to the day on which the baby woke up.
    private static void addWakeWindows(Map<LocalDate, DayAccumulator> days, List<Entry> sleeps, FamilyDays familyDays) {
        sleeps.sort(Comparator.comparing(Entry::start));
        for (int i = 0; i + 1 < sleeps.size(); i++) {
            Instant woke = sleeps.get(i).end();
            Instant slept = sleeps.get(i + 1).start();
            if (slept.isAfter(woke)) {
                DayAccumulator day = days.get(familyDays.dayOf(woke));
                if (day != null) {
                    day.wakeWindows.add(Duration.between(woke, slept));
                }
            }
        }
    }

    static LocalDateTime local(Instant instant, java.time.ZoneId zone) {
        return LocalDateTime.ofInstant(instant, zone);
    }
}
