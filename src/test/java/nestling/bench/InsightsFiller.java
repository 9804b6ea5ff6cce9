package nestling.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nestling.domain.ActivityKind;
import nestling.domain.Baby;
import nestling.domain.BottleContent;
import nestling.domain.DoseUnit;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.GestationalAge;
import nestling.domain.LengthPosition;
import nestling.domain.Meta;
import nestling.domain.Sex;
import nestling.domain.Side;
import nestling.domain.SleepKind;
import nestling.domain.TemperatureMethod;
import nestling.store.BabyRepository;
import nestling.store.Database;
import nestling.store.EntryRepository;
import nestling.store.VaultSession;
import nestling.vault.VaultOptions;

/**
 * Fills a database with a family's plausible days: four babies (two pairs of twins, one pair
 * preterm), each day a night across midnight, naps, breast and bottle feeds, diapers, tummy time,
 * now and then a dose, a temperature, a growth measurement and a note; 26 entries per baby and
 * day. Written straight through the repository in large transactions, because the benchmark times
 * reading, not the journal's checks.
 */
final class InsightsFiller {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final int PER_BABY_DAY = 26;
    private static final int BABIES = 4;

    final List<Baby> babies = new ArrayList<>();
    final LocalDate firstDay;
    final LocalDate lastDay;

    private InsightsFiller(LocalDate firstDay, LocalDate lastDay) {
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    /** A vault in {@code directory} made with the real KDF settings and {@code entries} entries up to today. */
    static void vault(Path directory, String passphrase, int entries) throws Exception {
        Files.createDirectories(directory);
        try (VaultSession session = VaultSession.create(directory, passphrase.toCharArray(), VaultOptions.defaults())) {
            fill(session.database(), entries, LocalDate.now());
            session.flush();
        }
    }

    static InsightsFiller fill(Database database, int entries, LocalDate lastDay) {
        int days = Math.max(1, entries / (BABIES * PER_BABY_DAY));
        InsightsFiller filler = new InsightsFiller(lastDay.minusDays(days - 1L), lastDay);
        Instant now = Instant.parse("2020-01-01T00:00:00Z");
        database.write(c -> {
            for (int i = 0; i < BABIES; i++) {
                Instant born = filler.firstDay.atTime(3, 10 + i).atZone(ZONE).toInstant();
                Baby baby = new Baby(Meta.fresh(now, null), "Baby " + (i + 1), born, ZONE.getRules().getOffset(born),
                        i % 2 == 0 ? Sex.FEMALE : Sex.MALE, i < 2 ? new GestationalAge(34, 2) : new GestationalAge(39, 0),
                        null, false);
                BabyRepository.save(c, baby);
                filler.babies.add(baby);
            }
            return null;
        });
        Random random = new Random(42);
        int written = 0;
        for (LocalDate day = filler.firstDay; !day.isAfter(lastDay) && written < entries; day = day.plusDays(30)) {
            LocalDate from = day;
            LocalDate to = day.plusDays(29).isAfter(lastDay) ? lastDay : day.plusDays(29);
            written += database.write(c -> {
                int n = 0;
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    for (Baby baby : filler.babies) {
                        n += filler.day(c, baby, d, random, now);
                    }
                }
                return n;
            });
        }
        return filler;
    }

    private int day(Connection c, Baby baby, LocalDate day, Random random, Instant now) throws SQLException {
        UUID id = baby.meta().id();
        int ageDays = (int) java.time.temporal.ChronoUnit.DAYS.between(firstDay, day);
        List<Entry> entries = new ArrayList<>(PER_BABY_DAY);
        int jitter = random.nextInt(30);
        entries.add(entry(id, at(day, 19, 30 + jitter / 2), at(day.plusDays(1), 5, 40 + jitter),
                new EntryData.Sleep(SleepKind.NIGHT, null, null), now));
        for (int nap = 0; nap < 3; nap++) {
            int hour = 9 + nap * 3;
            entries.add(entry(id, at(day, hour, jitter), at(day, hour + 1, 10 + random.nextInt(40)),
                    new EntryData.Sleep(SleepKind.NAP, null, null), now));
        }
        for (int feed = 0; feed < 9; feed++) {
            Instant start = at(day, 6 + feed * 2 - (feed == 8 ? 4 : 0), random.nextInt(50));
            if (feed % 2 == 0) {
                long left = 300 + random.nextInt(400);
                long right = 300 + random.nextInt(400);
                entries.add(entry(id, start, start.plusSeconds(left + right + 60),
                        new EntryData.Breastfeeding(left, right, Side.RIGHT, 1, 0, null), now));
            } else {
                entries.add(entry(id, start, null, new EntryData.Bottle(BottleContent.FORMULA,
                        60 + random.nextInt(120), null), now));
            }
        }
        for (int diaper = 0; diaper < 8; diaper++) {
            boolean dirty = diaper % 3 == 0;
            entries.add(entry(id, at(day, 6 + diaper * 2, 5 + random.nextInt(50)), null,
                    new EntryData.Diaper(true, dirty, false, null, null, false, null), now));
        }
        entries.add(entry(id, at(day, 16, 0), at(day, 16, 5 + random.nextInt(20)),
                new EntryData.Activity(ActivityKind.TUMMY_TIME, null, null, null), now));
        entries.add(entry(id, at(day, 8, 15), null, ageDays % 10 == 0
                ? new EntryData.Medicine("Paracetamol", new BigDecimal("2.5"), DoseUnit.ML, 360, null)
                : new EntryData.Medicine("Vitamin D", new BigDecimal("1"), DoseUnit.DROPS, null, null), now));
        entries.add(entry(id, at(day, 8, 0), null, new EntryData.Temperature(365 + random.nextInt(15),
                TemperatureMethod.RECTAL), now));
        entries.add(entry(id, at(day, 10, 30), null, ageDays % 14 == 0 ? growth(ageDays)
                : new EntryData.Note("A calm day, " + ageDays + " days old."), now));
        entries.add(entry(id, at(day, 17, 0), null, new EntryData.Solids(List.of("Pear"), "2 spoons", null, null, null),
                now));
        for (Entry entry : entries) {
            EntryRepository.save(c, entry);
        }
        return entries.size();
    }

    // Weight and length along the WHO median curve roughly, so growth charts have points to show.
    private static EntryData.Growth growth(int ageDays) {
        double months = ageDays / 30.4375;
        int grams = (int) Math.round(3300 + 1000 * Math.min(months, 3) + 500 * Math.max(0, Math.min(months, 6) - 3)
                + 250 * Math.max(0, months - 6));
        int lengthMm = (int) Math.round(500 + 35 * Math.min(months, 3) + 20 * Math.max(0, Math.min(months, 6) - 3)
                + 10 * Math.max(0, months - 6));
        int headMm = (int) Math.round(345 + 20 * Math.min(months, 3) + 7 * Math.max(0, Math.min(months, 12) - 3)
                + 1 * Math.max(0, months - 12));
        return new EntryData.Growth(Math.min(grams, 30_000), Math.min(lengthMm, 1200),
                ageDays < 731 ? LengthPosition.LYING : LengthPosition.STANDING, Math.min(headMm, 600), null);
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atStartOfDay(ZONE).plusHours(hour).plusMinutes(minute).toInstant();
    }

    private static Entry entry(UUID babyId, Instant start, Instant end, EntryData data, Instant now) {
        ZoneOffset offset = ZONE.getRules().getOffset(start);
        return new Entry(Meta.fresh(now, null), babyId, start, end, offset, data);
    }
}
