package nestling.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import nestling.domain.Baby;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.LengthPosition;
import nestling.growth.ChildAge;
import nestling.domain.GestationalAge;
import nestling.growth.GrowthCalculator;
import nestling.growth.LengthMeasurement;
import nestling.growth.Measurements;
import nestling.growth.Position;
import nestling.store.Database;
import nestling.store.EntryQuery;
import nestling.store.EntryRepository;

/**
 * A baby's stored growth measurements, scored against the WHO standards. The measurement's date is
 * the day on the wall clock where it was logged (its own offset), so it never shifts with travel.
 */
public final class GrowthHistory {
    /** A baby without a recorded gestation is treated as born at term: no correction. */
    static final GestationalAge TERM = new GestationalAge(40, 0);

    private final Database database;
    private final GrowthCalculator calculator;

    public GrowthHistory(Database database, GrowthCalculator calculator) {
        this.database = database;
        this.calculator = calculator;
    }

    /**
     * Every live measurement of the baby up to and including {@code until} (null: all), oldest first.
     * Needs the baby's sex: the WHO tables are per sex.
     */
    public List<GrowthPoint> points(Baby baby, LocalDate until, ChildAge.AgeBasis basis) {
        if (baby.sex() == null) {
            throw new IllegalArgumentException("the baby's sex is not recorded; the WHO standards need it");
        }
        Instant to = until == null ? Instant.now().plusSeconds(86_400)
                : until.plusDays(2).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
        EntryQuery query = new EntryQuery(baby.meta().id(), baby.birthAt().minusSeconds(86_400), to,
                Set.of(EntryType.GROWTH));
        List<Entry> entries = database.read(c -> EntryRepository.list(c, query));
        List<GrowthPoint> points = new ArrayList<>();
        for (Entry entry : entries) {
            LocalDate date = entry.localStart().toLocalDate();
            if ((until != null && date.isAfter(until)) || date.isBefore(baby.birthDate())) {
                continue;
            }
            points.add(point(baby, entry, (EntryData.Growth) entry.data(), date, basis));
        }
        return points;
    }

    private GrowthPoint point(Baby baby, Entry entry, EntryData.Growth growth, LocalDate date, ChildAge.AgeBasis basis) {
        ChildAge age = ChildAge.on(baby.birthDate(), date, baby.gestationalAge().orElse(TERM));
        int scoredAge = age.days(basis);
        OptionalDouble kg = growth.grams() == null ? OptionalDouble.empty() : OptionalDouble.of(growth.grams() / 1000.0);
        OptionalDouble head = growth.headMm() == null ? OptionalDouble.empty() : OptionalDouble.of(growth.headMm() / 10.0);
        boolean standing = growth.position() == LengthPosition.STANDING;
        Optional<LengthMeasurement> length = growth.lengthMm() == null ? Optional.empty()
                : Optional.of(new LengthMeasurement(growth.lengthMm() / 10.0,
                        standing ? Position.STANDING : Position.RECUMBENT));
        // A preterm baby's corrected age is negative before the due date: the WHO tables start at
        // term, so the calculator reports those as outside the range rather than guessing.
        var results = calculator.assess(new Measurements(baby.sex(), scoredAge, kg, length, head));
        return new GrowthPoint(entry.id(), date, age, scoredAge, kg,
                length.map(l -> OptionalDouble.of(l.cm())).orElse(OptionalDouble.empty()), standing, head, results);
    }
}
