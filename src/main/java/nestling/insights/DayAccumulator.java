package nestling.insights;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The running totals of one day while entries are distributed over days; see {@link DayTotals}. */
final class DayAccumulator {
    final LocalDate date;
    final java.time.Instant start;
    final Duration dayLength;
    int breastfeeds;
    int bottles;
    int solids;
    int bottleMl;
    long breastLeftSeconds;
    long breastRightSeconds;
    Duration sleep = Duration.ZERO;
    Duration nightSleep = Duration.ZERO;
    Duration naps = Duration.ZERO;
    int sleepCount;
    Duration longestSleep = Duration.ZERO;
    final List<Duration> wakeWindows = new ArrayList<>();
    int wet;
    int dirty;
    int diapers;
    Duration tummyTime = Duration.ZERO;
    final List<MedicineGiven> medicines = new ArrayList<>();
    final List<TemperatureReading> temperatures = new ArrayList<>();

    DayAccumulator(LocalDate date, java.time.Instant start, Duration dayLength) {
        this.date = date;
        this.start = start;
        this.dayLength = dayLength;
    }

    DayTotals toTotals() {
        return new DayTotals(date, start, dayLength, breastfeeds, bottles, solids, bottleMl,
                Duration.ofSeconds(breastLeftSeconds), Duration.ofSeconds(breastRightSeconds), sleep, nightSleep,
                naps, sleepCount, longestSleep, wakeWindows, wet, dirty, diapers, tummyTime, medicines, temperatures);
    }
}
