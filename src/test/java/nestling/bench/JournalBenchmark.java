package nestling.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nestling.domain.BottleContent;
import nestling.domain.DoseUnit;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.LocalDays;
import nestling.domain.Meta;
import nestling.domain.Sex;
import nestling.domain.Side;
import nestling.domain.SleepKind;
import nestling.domain.SleepPlace;
import nestling.domain.StoolColour;
import nestling.domain.TemperatureMethod;
import nestling.journal.Journal;
import nestling.store.EntryRepository;
import nestling.store.VaultSession;
import nestling.vault.Vault;
import nestling.vault.VaultOptions;

/**
 * "List one local day of one baby" at growing vault sizes. The vault holds twins with a realistic
 * day each (about 20 entries: feeds, diapers, naps, a night sleep across midnight, now and then a
 * medicine, temperature or note), is saved to disk and opened again, and the day query of the
 * journal is timed on random days in Europe/Berlin.
 */
final class JournalBenchmark implements Benchmark {
    private static final char[] PASS = "a benchmark passphrase".toCharArray();
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final int ROUNDS = 300;

    @Override
    public String name() {
        return "journal";
    }

    @Override
    public ResultTable run(BenchContext context) throws Exception {
        ResultTable table = new ResultTable("List one local day of one baby (journal.entries().day)",
                "entries", "days", "fill s", "save s", "vault MB", "unlock s", "rows/day", "median ms", "p95 ms",
                "both babies median ms");
        for (int size : context.sizes().stream().sorted().toList()) {
            Path dir = Files.createDirectories(context.scratch().resolve("journal-" + size));
            List<UUID> twins;
            LocalDate first = LocalDate.of(2020, 1, 1);
            long fillStart = System.nanoTime();
            int days;
            double fillSeconds;
            double saveSeconds;
            try (VaultSession session = VaultSession.create(dir, PASS, VaultOptions.defaults().withFastKdfForTests())) {
                Journal journal = Journal.of(session.database(), Clock.system(ZONE));
                twins = List.of(journal.family().addBaby("A", first.atStartOfDay(ZONE).toInstant(), ZoneOffset.ofHours(1), Sex.FEMALE, null).meta().id(),
                        journal.family().addBaby("B", first.atStartOfDay(ZONE).toInstant(), ZoneOffset.ofHours(1), Sex.MALE, null).meta().id());
                days = fill(session, twins, first, size);
                fillSeconds = (System.nanoTime() - fillStart) / 1e9;
                long saveStart = System.nanoTime();
                session.flush();
                saveSeconds = (System.nanoTime() - saveStart) / 1e9;
            }
            double megabytes = Files.size(Vault.vaultFile(dir)) / 1e6;
            long unlockStart = System.nanoTime();
            try (VaultSession session = VaultSession.unlock(dir, PASS, VaultOptions.defaults().withFastKdfForTests())) {
                double unlockSeconds = (System.nanoTime() - unlockStart) / 1e9;
                Journal journal = Journal.of(session.database(), Clock.system(ZONE));
                Random random = new Random(size);
                // The fill leaves garbage behind; collect it now rather than inside the timed loop.
                System.gc();
                int[] rows = new int[1];
                int lastDays = days;
                Samples one = Samples.time(200, ROUNDS, () -> {
                    LocalDate day = first.plusDays(random.nextInt(lastDays));
                    rows[0] = journal.entries().day(twins.get(random.nextInt(2)), day, ZONE).size();
                });
                Samples both = Samples.time(10, ROUNDS, () -> {
                    LocalDate day = first.plusDays(random.nextInt(lastDays));
                    journal.entries().list(nestling.store.EntryQuery.of(null, LocalDays.start(day, ZONE), LocalDays.end(day, ZONE)));
                });
                table.row(size, days, fillSeconds, saveSeconds, megabytes, unlockSeconds, rows[0], one.medianMillis(),
                        one.p95Millis(), both.medianMillis());
            }
        }
        return table.note("Budget (issue 4): median and p95 <= 20 ms at 200,000 entries. Unlock uses the test KDF,"
                + " so it shows decryption and database load only. " + ROUNDS + " random days per size.");
    }

    /**
     * Writes about {@code size} entries, 20 per baby per day, 100 days per transaction (each commit
     * wakes the saver, and a saver busy with a large image would otherwise dominate the fill time).
     */
    private static int fill(VaultSession session, List<UUID> twins, LocalDate first, int size) {
        Random random = new Random(42);
        int[] written = new int[1];
        int[] day = new int[1];
        while (written[0] < size) {
            session.database().write(c -> {
                for (int batch = 0; batch < 100 && written[0] < size; batch++, day[0]++) {
                    for (UUID baby : twins) {
                        for (Entry entry : dayOf(baby, first.plusDays(day[0]), random)) {
                            if (written[0] < size) {
                                EntryRepository.save(c, entry);
                                written[0]++;
                            }
                        }
                    }
                }
                return null;
            });
        }
        return day[0];
    }

    private static List<Entry> dayOf(UUID baby, LocalDate date, Random random) {
        Instant midnight = LocalDays.start(date, ZONE);
        java.util.ArrayList<Entry> entries = new java.util.ArrayList<>();
        for (int feed = 0; feed < 8; feed++) {
            Instant at = midnight.plus(Duration.ofMinutes(feed * 180L + random.nextInt(30)));
            entries.add(feed % 3 == 2
                    ? entry(baby, at, null, new EntryData.Bottle(BottleContent.FORMULA, 90 + random.nextInt(60), null))
                    : entry(baby, at, at.plus(Duration.ofMinutes(20)),
                            new EntryData.Breastfeeding(540, 600, Side.values()[random.nextInt(2)], 1, 0, null)));
        }
        for (int diaper = 0; diaper < 7; diaper++) {
            entries.add(entry(baby, midnight.plus(Duration.ofMinutes(diaper * 200L + 45)), null,
                    new EntryData.Diaper(true, diaper % 2 == 0, false, diaper % 2 == 0 ? StoolColour.YELLOW : null, null,
                            false, null)));
        }
        for (int nap = 0; nap < 3; nap++) {
            Instant start = midnight.plus(Duration.ofMinutes(9 * 60 + nap * 180L + 25));
            entries.add(entry(baby, start, start.plus(Duration.ofMinutes(60 + random.nextInt(40))),
                    new EntryData.Sleep(SleepKind.NAP, SleepPlace.CRIB, null)));
        }
        Instant night = midnight.plus(Duration.ofMinutes(20 * 60 + 50));
        entries.add(entry(baby, night, night.plus(Duration.ofHours(9)), new EntryData.Sleep(SleepKind.NIGHT, SleepPlace.BASSINET, null)));
        switch (random.nextInt(4)) {
            case 0 -> entries.add(entry(baby, midnight.plus(Duration.ofHours(12)), null,
                    new EntryData.Medicine("Vitamin D", BigDecimal.ONE, DoseUnit.DROPS, 1440, null)));
            case 1 -> entries.add(entry(baby, midnight.plus(Duration.ofHours(13)), null,
                    new EntryData.Temperature(366 + random.nextInt(20), TemperatureMethod.RECTAL)));
            default -> entries.add(entry(baby, midnight.plus(Duration.ofHours(14)), null,
                    new EntryData.Note("A calm afternoon in the park with grandma.")));
        }
        return entries;
    }

    private static Entry entry(UUID baby, Instant start, Instant end, EntryData data) {
        return new Entry(Meta.fresh(start, null), baby, start, end, ZONE.getRules().getOffset(start), data);
    }
}
