package nestling.insights;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nestling.domain.DayStart;
import nestling.domain.Entry;
import nestling.domain.EntryType;
import nestling.domain.FamilyDays;
import nestling.store.BabyRepository;
import nestling.store.Database;
import nestling.store.EntryQuery;
import nestling.store.EntryRepository;
import nestling.store.Settings;

/**
 * Day, week and period figures of one baby, in the family's zone and by the family's days
 * ({@link FamilyDays}: from the day-start hour they chose, read from the vault on each call unless a
 * caller fixed one). Each call is one indexed range query plus arithmetic in memory, so the dashboard
 * can ask on every change.
 */
public final class Insights {
    /** The entries of daily care, whose first one starts the days averages count (see {@link #firstDay}). */
    static final Set<EntryType> DAILY_CARE = java.util.EnumSet.complementOf(
            java.util.EnumSet.of(EntryType.GROWTH, EntryType.MILESTONE, EntryType.NOTE));

    /** The longest range a caller may ask for at once: ten years of days. */
    public static final int MAX_DAYS = 3660;

    private final Database database;
    private final ZoneId zone;
    /** Null: the family's setting in the vault. */
    private final DayStart fixedStart;

    /** Days as the family set them in the vault (midnight unless they chose another hour). */
    public Insights(Database database, ZoneId zone) {
        this(database, zone, null);
    }

    /** Days that start at {@code dayStart} whatever the vault says (a command's override); null follows the vault. */
    public Insights(Database database, ZoneId zone, DayStart dayStart) {
        this.database = Objects.requireNonNull(database, "database");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.fixedStart = dayStart;
    }

    /** The same figures with days from {@code dayStart} (the 24-hour protocol keeps the clinics' midnight form). */
    public Insights withDayStart(DayStart dayStart) {
        return new Insights(database, zone, Objects.requireNonNull(dayStart, "dayStart"));
    }

    /** The days counted: the fixed start, else the vault's setting (one small read). */
    public FamilyDays days() {
        return new FamilyDays(zone, fixedStart != null ? fixedStart : database.read(Settings::dayStart));
    }

    Database database() {
        return database;
    }

    public ZoneId zone() {
        return zone;
    }

    public DayTotals day(UUID babyId, LocalDate day) {
        return days(babyId, day, day).getFirst();
    }

    /** One {@link DayTotals} per day from {@code from} to {@code to}, both included. */
    public List<DayTotals> days(UUID babyId, LocalDate from, LocalDate to) {
        checkRange(from, to);
        FamilyDays days = days();
        // A day before and after: the sleeps around the range give the wake windows at its edges.
        List<Entry> entries = entries(babyId, from.minusDays(1), to.plusDays(1), Set.of(), days);
        return DayTotalsCalculator.compute(entries, from, to, days);
    }

    public PeriodSummary period(UUID babyId, LocalDate from, LocalDate to) {
        return PeriodSummary.of(from, to, days(babyId, from, to));
    }

    /** The ISO week (Monday to Sunday) that contains {@code anyDay}. */
    public PeriodSummary week(UUID babyId, LocalDate anyDay) {
        LocalDate monday = anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return period(babyId, monday, monday.plusDays(6));
    }

    /**
     * The averages of the {@code length} days ending with {@code lastDay}, against the {@code length}
     * days before them (the 7- and 30-day figures of the insights screen). Only days from
     * {@link #firstDay} on count, so the first week of logging is not divided by a month.
     */
    public Trend trend(UUID babyId, LocalDate lastDay, int length) {
        if (length < 1) {
            throw new IllegalArgumentException("a period has at least one day");
        }
        LocalDate currentFrom = lastDay.minusDays(length - 1L);
        LocalDate previousFrom = currentFrom.minusDays(length);
        List<DayTotals> all = days(babyId, previousFrom, lastDay);
        List<DayTotals> previous = all.subList(0, length);
        List<DayTotals> current = all.subList(length, all.size());
        // No entry at all: no day counts (MAX: after every day asked for).
        LocalDate start = firstDay(babyId).orElse(LocalDate.MAX);
        return new Trend(PeriodAverages.of(currentFrom, lastDay, current, start),
                PeriodAverages.of(previousFrom, currentFrom.minusDays(1), previous, start));
    }

    /**
     * The first day an average may count, by these days: the day of the baby's birth or of its first
     * live entry of daily care, whichever is later; empty while it has none. Growth, milestones and
     * notes do not start it: a family often types in the clinic's weights from birth on the first
     * evening, and those say nothing about how often the baby was fed before that.
     */
    public Optional<LocalDate> firstDay(UUID babyId) {
        FamilyDays days = days();
        return database.read(c -> {
            Optional<Instant> first = EntryRepository.firstStart(c, babyId, DAILY_CARE);
            if (first.isEmpty()) {
                return Optional.<LocalDate>empty();
            }
            LocalDate firstEntry = days.dayOf(first.get());
            LocalDate birth = BabyRepository.find(c, babyId).map(b -> days.dayOf(b.birthAt()))
                    .orElse(firstEntry);
            return Optional.of(firstEntry.isAfter(birth) ? firstEntry : birth);
        });
    }

    /** Live entries of the baby touching the days {@code from}..{@code to}; all types when empty. */
    public List<Entry> entries(UUID babyId, LocalDate from, LocalDate to, Set<EntryType> types) {
        return entries(babyId, from, to, types, days());
    }

    List<Entry> entries(UUID babyId, LocalDate from, LocalDate to, Set<EntryType> types, FamilyDays days) {
        EntryQuery query = new EntryQuery(Objects.requireNonNull(babyId, "babyId"), days.start(from),
                days.end(to), types);
        return database.read(c -> EntryRepository.list(c, query));
    }

    static void checkRange(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the range ends before it starts");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("the range is longer than " + MAX_DAYS + " days");
        }
    }
}
