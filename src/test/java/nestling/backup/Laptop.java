package nestling.backup;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import nestling.domain.BottleContent;
import nestling.domain.DoseUnit;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.Reaction;
import nestling.domain.Sex;
import nestling.domain.Side;
import nestling.domain.SleepKind;
import nestling.domain.SleepPlace;
import nestling.domain.TimerKind;
import nestling.domain.UnitSystem;
import nestling.domain.ValidationException;
import nestling.journal.Journal;
import nestling.journal.NotFoundException;
import nestling.store.Database;
import nestling.ui.testing.MutableClock;

/**
 * One family laptop for the merge properties: a real in-memory database driven through the same
 * journal the window uses (so entries, edits, tombstones, undo, timers and remembered medicine and
 * food names are written exactly as the app writes them), with its own clock. It remembers the
 * records it knows in the order it learned them, so an op's {@code pick} means the same on replay.
 */
final class Laptop implements AutoCloseable {
    private static final Instant FOUNDED = Instant.parse("2026-11-01T08:00:00Z");
    private static final EntryType[] TYPES = {EntryType.BOTTLE, EntryType.DIAPER, EntryType.SLEEP, EntryType.MEDICINE,
        EntryType.SOLIDS, EntryType.NOTE, EntryType.TEMPERATURE, EntryType.GROWTH, EntryType.BREASTFEEDING,
        EntryType.PUMPING};
    private static final TimerKind[] TIMERS = {TimerKind.SLEEP, TimerKind.BREASTFEEDING, TimerKind.PUMPING,
        TimerKind.TUMMY_TIME};
    private static final String[] MEDICINES = {"Paracetamol", "Ibuprofen", "Vitamin D"};
    private static final String[] FOODS = {"carrot", "apple", "banana", "porridge"};

    final Database database;
    final MutableClock clock;
    final Journal journal;
    private final List<UUID> entries;
    /** How many of {@code entries} both laptops knew when the second one joined. */
    private int shared;
    private final List<UUID> babies;
    private final List<UUID> caregivers;
    private final List<UUID> timers;
    /** Per kind of op: how many were done and how many the app refused (for the coverage checks). */
    final java.util.Map<History.Kind, int[]> outcomes = new java.util.EnumMap<>(History.Kind.class);

    private Laptop(Database database, MutableClock clock, List<UUID> entries, List<UUID> babies, List<UUID> caregivers,
            List<UUID> timers) {
        this.database = database;
        this.clock = clock;
        this.journal = Journal.of(database, clock);
        this.entries = new ArrayList<>(entries);
        this.shared = entries.size();
        this.babies = new ArrayList<>(babies);
        this.caregivers = new ArrayList<>(caregivers);
        this.timers = new ArrayList<>(timers);
    }

    /** The first laptop: two caregivers and two babies, Mum logging. */
    static Laptop founding() {
        Laptop laptop = new Laptop(Database.createEmpty(), new MutableClock(FOUNDED), List.of(), List.of(), List.of(),
                List.of());
        var family = laptop.journal.family();
        laptop.caregivers.add(family.addCaregiver("Mum", "mum@example.org", "#a0b0c0").meta().id());
        laptop.caregivers.add(family.addCaregiver("Dad", null, "#c0b0a0").meta().id());
        family.setCurrentCaregiver(laptop.caregivers.getFirst());
        laptop.babies.add(family.addBaby("Ada", Instant.parse("2026-09-01T04:00:00Z"), ZoneOffset.ofHours(1), Sex.FEMALE,
                null).meta().id());
        laptop.babies.add(family.addBaby("Ben", Instant.parse("2026-09-01T04:20:00Z"), ZoneOffset.ofHours(1), Sex.MALE,
                null).meta().id());
        return laptop;
    }

    /** The second laptop, brought into step with the first one's backup; Dad logs here, same time. */
    static Laptop joining(Laptop first, byte[] backup) throws BackupException {
        Laptop laptop = new Laptop(Database.createEmpty(), new MutableClock(first.clock.instant()), first.entries,
                first.babies, first.caregivers, first.timers);
        laptop.merge(backup);
        first.shared = first.entries.size();
        laptop.journal.family().setCurrentCaregiver(laptop.caregivers.get(1));
        return laptop;
    }

    void applyAll(List<History.Op> ops) {
        ops.forEach(this::apply);
    }

    /** Does what the op says if the app would allow it now; a refused op changes nothing, as in the window. */
    void apply(History.Op op) {
        clock.advance(Duration.ofMillis(op.advanceMillis()));
        int[] outcome = outcomes.computeIfAbsent(op.kind(), k -> new int[2]);
        long commits = database.commitCount();
        try {
            switch (op.kind()) {
                case LOG -> log(op);
                case EDIT -> pick(op, entries.size()).flatMap(this::live).ifPresent(e -> edit(e, op));
                case EDIT_SHARED -> pick(op, shared).flatMap(this::live).ifPresent(e -> edit(e, op));
                case DELETE -> pick(op, entries.size()).flatMap(this::live).ifPresent(e -> journal.entries().delete(e.id()));
                case DELETE_SHARED -> pick(op, shared).flatMap(this::live).ifPresent(e -> journal.entries().delete(e.id()));
                case UNDO -> journal.entries().undo();
                case START_TIMER -> timers.add(journal.timers().start(baby(op), TIMERS[op.variant() % TIMERS.length], null,
                        op.variant() % 2 == 0 ? Side.LEFT : Side.RIGHT).meta().id());
                case STOP_TIMER -> {
                    if (!timers.isEmpty()) {
                        entries.add(journal.timers().stop(timers.get(op.pick() % timers.size())).id());
                    }
                }
                case ARCHIVE_BABY -> journal.family().archiveBaby(baby(op), op.variant() % 2 == 0);
                case ADD_CAREGIVER -> caregivers.add(journal.family().addCaregiver("Helper " + op.variant() % 7, null,
                        "#102030").meta().id());
                case SET_UNITS -> journal.preferences().setUnits(op.variant() % 2 == 0 ? UnitSystem.IMPERIAL : UnitSystem.METRIC);
            }
        } catch (ValidationException | NotFoundException refused) {
            // the window would show the message and save nothing
        }
        outcome[database.commitCount() > commits ? 0 : 1]++;
    }

    private void log(History.Op op) {
        EntryType type = TYPES[op.pick() % TYPES.length];
        Instant start = clock.instant().minus(Duration.ofMinutes(op.minutesAgo())).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        Instant end = type.span() == EntryType.Span.TIMED ? start.plus(Duration.ofMinutes(5 + op.variant() % 90)) : null;
        entries.add(journal.entries().log(baby(op), start, end, data(type, op.variant())).id());
    }

    private void edit(Entry entry, History.Op op) {
        Duration shift = Duration.ofMinutes(op.variant() % 3 == 0 ? op.minutesAgo() % 30 : 0);
        journal.entries().edit(new Entry(entry.meta(), entry.babyId(), entry.start().minus(shift),
                entry.end() == null ? null : entry.end().minus(shift), entry.offset(), data(entry.type(), op.variant())));
    }

    private Optional<UUID> pick(History.Op op, int among) {
        return among == 0 ? Optional.empty() : Optional.of(entries.get(op.pick() % among));
    }

    private Optional<Entry> live(UUID id) {
        return journal.entries().find(id);
    }

    private UUID baby(History.Op op) {
        return babies.get(op.pick() / 7 % babies.size());
    }

    /** Valid fields of {@code type}, different for most variants, with text that needs JSON escaping. */
    static EntryData data(EntryType type, int variant) {
        Random random = new Random(variant);
        String note = random.nextInt(3) == 0 ? null : "n" + random.nextInt(100) + " é \"q\", ok";
        return switch (type) {
            case BOTTLE -> new EntryData.Bottle(random.nextBoolean() ? null : BottleContent.values()[random.nextInt(4)],
                    10 + random.nextInt(240), note);
            case DIAPER -> switch (random.nextInt(4)) {
                case 0 -> new EntryData.Diaper(true, false, false, null, null, random.nextBoolean(), note);
                case 1 -> new EntryData.Diaper(false, true, false, null, null, false, note);
                case 2 -> new EntryData.Diaper(true, true, false, null, null, random.nextBoolean(), note);
                default -> new EntryData.Diaper(false, false, true, null, null, false, note);
            };
            case SLEEP -> new EntryData.Sleep(random.nextBoolean() ? SleepKind.NAP : SleepKind.NIGHT,
                    random.nextBoolean() ? null : SleepPlace.values()[random.nextInt(SleepPlace.values().length)], note);
            case MEDICINE -> new EntryData.Medicine(MEDICINES[random.nextInt(MEDICINES.length)],
                    new BigDecimal("2.5").add(BigDecimal.valueOf(random.nextInt(4))), DoseUnit.ML,
                    random.nextBoolean() ? null : 240 + random.nextInt(240), note);
            case SOLIDS -> new EntryData.Solids(List.of(FOODS[random.nextInt(FOODS.length)]), "2 spoons",
                    random.nextBoolean() ? Reaction.LIKED : Reaction.DISLIKED, null, note);
            case NOTE -> new EntryData.Note("note " + random.nextInt(1000) + " – ü \"quoted\"\nsecond line");
            case TEMPERATURE -> new EntryData.Temperature(360 + random.nextInt(40), null);
            case GROWTH -> new EntryData.Growth(3000 + random.nextInt(4000), null, null, null, note);
            case BREASTFEEDING -> new EntryData.Breastfeeding(60L * random.nextInt(15), 60L * random.nextInt(15),
                    random.nextBoolean() ? Side.LEFT : Side.RIGHT, random.nextInt(3), 0, note);
            case PUMPING -> new EntryData.Pumping(random.nextInt(120), random.nextBoolean() ? null : random.nextInt(120), note);
            default -> new EntryData.Note("a " + type.wireName());
        };
    }

    /** This laptop's backup as the app writes it (stamped with this laptop's clock and vault id). */
    byte[] export() throws BackupException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BackupWriter.write(database, clock.instant(), MergePoints.vaultId(database), out);
        return out.toByteArray();
    }

    /** Brings in a backup the way an import does: read and fully checked first, then merged. */
    MergeSummary merge(byte[] backup) throws BackupException {
        try (StagedBackup staged = BackupReader.read(backup)) {
            return BackupMerger.merge(database, staged);
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
