package nestling.backup;

import static nestling.backup.BackupTestSupport.PASS;
import static nestling.backup.BackupTestSupport.options;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import nestling.domain.Baby;
import nestling.domain.BottleContent;
import nestling.domain.EntryData;
import nestling.domain.GestationalAge;
import nestling.domain.Sex;
import nestling.domain.SleepKind;
import nestling.domain.TimerKind;
import nestling.journal.Journal;
import nestling.store.Database;
import nestling.store.Settings;
import nestling.store.Tombstones;
import nestling.store.VaultSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Values every column accepts but the app cannot use (an entry type that is none, a bottle of 900
 * ml, a timer of kind "nonsense", a baby born after 0 days of gestation, ...): each backup is a
 * real export of a family logged through the journal with one value changed, imported by merge and
 * by restore into a real vault. Each is refused as an impossible value, the message names the
 * record and field as a JSON path and quotes no family data, and the vault is untouched.
 */
class ImpossibleValueTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The backup's family data: no message may quote any of it. */
    private static final List<String> PRIVATE = List.of("Ottilie", "Samira", "samira@example.org", "Swimming",
            "after the walk", "in the pram", "Ibuprofen", "Frieda");

    @TempDir
    Path dir;
    private VaultSession live;
    private String before;
    private long commitsBefore;
    private byte[] vaultFileBefore;
    private ObjectNode good;
    private UUID bottle;
    private UUID sleep;
    private UUID deleted;
    private UUID timer;
    private UUID baby;
    private UUID caregiver;
    private UUID activityType;

    @BeforeEach
    void setUp() throws Exception {
        Clock clock = options().clock();
        Instant now = clock.instant();
        Database source = Database.createEmpty();
        Journal journal = Journal.of(source, clock);
        caregiver = journal.family().addCaregiver("Samira", "samira@example.org", "#3a7bd5").meta().id();
        journal.family().setCurrentCaregiver(caregiver);
        Baby added = journal.family().addBaby("Ottilie", now.minus(Duration.ofDays(60)), ZoneOffset.ofHours(1),
                Sex.FEMALE, new GestationalAge(39, 2));
        baby = journal.family().updateBaby(new Baby(added.meta(), added.name(), added.birthAt(), added.birthOffset(),
                added.sex(), added.gestation(), new byte[] {1, 2, 3}, false)).meta().id();
        activityType = journal.family().addActivityType("Swimming", "#00aa88", true).meta().id();
        bottle = journal.entries().log(baby, now.minus(Duration.ofHours(3)), null,
                new EntryData.Bottle(BottleContent.FORMULA, 120, "after the walk")).id();
        sleep = journal.entries().log(baby, now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)),
                new EntryData.Sleep(SleepKind.NAP, null, "in the pram")).id();
        deleted = journal.entries().log(baby, now.minus(Duration.ofMinutes(30)), null,
                new EntryData.Medicine("Ibuprofen", java.math.BigDecimal.ONE, nestling.domain.DoseUnit.ML, null, null)).id();
        journal.entries().delete(deleted);
        source.write(Tombstones::dropContent); // as after the next unlock: the tombstone's data is "{}"
        timer = journal.timers().start(baby, TimerKind.SLEEP, null, null).meta().id();
        Path exported = BackupExporter.export(source, Files.createDirectories(dir.resolve("stick")), null, options()).file();
        good = (ObjectNode) JSON.readTree(Files.readAllBytes(exported));
        source.close();

        live = VaultSession.create(dir.resolve("vault"), PASS, options());
        Journal home = Journal.of(live.database(), clock);
        home.family().addBaby("Frieda", now.minus(Duration.ofDays(400)), ZoneOffset.ofHours(1), Sex.FEMALE, null);
        live.flush();
        before = Family.everything(live.database());
        commitsBefore = live.database().commitCount();
        vaultFileBefore = Files.readAllBytes(dir.resolve("vault").resolve("nestling.vault"));
    }

    @AfterEach
    void close() {
        live.close();
    }

    @Test
    void theUnchangedBackupImportsAndTheAppReadsIt() throws Exception {
        Path file = write(good);
        try (StagedBackup staged = BackupFiles.stage(file, BackupKeys.none())) {
            BackupMerger.merge(live.database(), staged);
        }
        // the tombstone with emptied data came along; the app reads everything it lists
        long emptied = live.database().read(c -> Family.count(c, "SELECT count(*) FROM entry WHERE deleted = 1"
                + " AND data = '{}'"));
        assertEquals(1L, emptied);
        assertEquals(8, AppReads.everything(live.database()), "2 entries, 1 timer, 2 babies, 1 caregiver (and current), 1 type");
    }

    @Test
    void entryDataThatIsNotTheTypesFields() throws Exception {
        refused(entries(bottle), "data", r -> r.putArray("data").add(1));
    }

    @Test
    void entryTypeThatIsNone() throws Exception {
        refused(entries(bottle), "type", r -> r.put("type", ""));
        refused(entries(bottle), "type", r -> r.put("type", "Bottle")); // reads, but no type filter finds it
    }

    @Test
    void entryFieldOutsideTheDomainsRange() throws Exception {
        refused(entries(bottle), "data.ml", r -> ((ObjectNode) r.get("data")).put("ml", 900));
    }

    @Test
    void unknownEnumValueInsideEntryData() throws Exception {
        refused(entries(bottle), "data", r -> ((ObjectNode) r.get("data")).put("content", "JUICE"));
        refused(entries(sleep), "data.kind", r -> ((ObjectNode) r.get("data")).putNull("kind"));
    }

    @Test
    void endBeforeStart() throws Exception {
        refused(entries(sleep), "endAt", r -> r.put("endAt", r.get("startAt").asLong() - 60_000));
        refused(entries(bottle), "endAt", r -> r.put("endAt", r.get("startAt").asLong() + 60_000)); // a bottle has no end
        refused(entries(deleted), "endAt", r -> r.put("endAt", r.get("startAt").asLong() - 1)); // even for a tombstone
    }

    @Test
    void tombstoneOfNoType() throws Exception {
        refused(entries(deleted), "type", r -> r.put("type", "nonsense"));
    }

    @Test
    void timerOfNoKind() throws Exception {
        refused(record("timers", timer), "kind", r -> r.put("kind", "nonsense"));
        refused(record("timers", timer), "kind", r -> r.put("kind", "pumping ")); // reads, but is not its own key
    }

    @Test
    void timerStateOfTheWrongShapeOrOffset() throws Exception {
        // the column holds the state as JSON text
        refused(record("timers", timer), "state", r -> r.put("state", "[]"));
        refused(record("timers", timer), "state", r -> r.put("state",
                r.get("state").asString().replaceFirst("\"offsetSeconds\":-?\\d+", "\"offsetSeconds\":" + 19 * 3600)));
    }

    @Test
    void gestationOfZeroDays() throws Exception {
        refused(record("babies", baby), "gestationDays", r -> r.put("gestationDays", 0));
    }

    @Test
    void babyPhotoOverTheLimit() throws Exception {
        refused(record("babies", baby), "photo", r -> r.put("photo",
                Base64.getEncoder().encodeToString(new byte[Baby.MAX_PHOTO_BYTES + 1])));
    }

    @Test
    void sexNotFOrM() throws Exception {
        // the schema's own CHECK, found while loading: the path is the record's place in the array
        BackupException e = importing(mutated(record("babies", baby), r -> r.put("sex", "X")));
        assertTrue(e.detail().startsWith("$.babies["), e.detail());
    }

    @Test
    void activityTypeWithAHugeTimedValue() throws Exception {
        refused(record("activityTypes", activityType), "timed", r -> r.put("timed", 1L << 40));
    }

    @Test
    void caregiverColourThatIsNoColour() throws Exception {
        refused(record("caregivers", caregiver), "colour", r -> r.put("colour", "teal"));
    }

    @Test
    void settingOfTheWrongShape() throws Exception {
        ObjectNode copy = good.deepCopy();
        ((ObjectNode) copy.get("settings")).put(Settings.CURRENT_CAREGIVER, "Samira");
        BackupException e = importing(copy);
        assertEquals("$.settings[\"" + Settings.CURRENT_CAREGIVER + "\"]: cannot be read by this Nestling", e.detail());
    }

    // --- helpers

    private Place entries(UUID id) {
        return record("entries", id);
    }

    private Place record(String key, UUID id) {
        return new Place(key, id);
    }

    private record Place(String key, UUID id) {
        String path(String field) {
            return "$." + key + "[id=" + id + "]." + field;
        }
    }

    /** Changes one record, imports, and checks the refusal names exactly that record's field. */
    private void refused(Place place, String field, Consumer<ObjectNode> change) throws Exception {
        BackupException e = importing(mutated(place, change));
        assertTrue(e.detail().startsWith(place.path(field) + ": "), e.detail());
    }

    private ObjectNode mutated(Place place, Consumer<ObjectNode> change) {
        ObjectNode copy = good.deepCopy();
        for (var record : (ArrayNode) copy.get(place.key())) {
            if (record.get("id").asString().equals(place.id().toString())) {
                change.accept((ObjectNode) record);
                return copy;
            }
        }
        throw new AssertionError("no record " + place);
    }

    /** Imports by merge and by restore: both refuse with an impossible value and change nothing. */
    private BackupException importing(ObjectNode backup) throws Exception {
        Path file = write(backup);
        BackupException merge = assertThrows(BackupException.class, () -> {
            try (StagedBackup staged = BackupFiles.stage(file, BackupKeys.none())) {
                BackupMerger.merge(live.database(), staged);
            }
        });
        BackupException restore = assertThrows(BackupException.class, () -> {
            try (StagedBackup staged = BackupFiles.stage(file, BackupKeys.none())) {
                BackupRestorer.replace(live.database(), staged);
            }
        });
        assertEquals(BackupProblem.IMPOSSIBLE_VALUE, merge.problem(), merge.getMessage());
        assertEquals(merge.getMessage(), restore.getMessage());
        assertTrue(merge.getMessage().startsWith(BackupProblem.IMPOSSIBLE_VALUE.message()), merge.getMessage());
        for (String secret : PRIVATE) {
            assertFalse(merge.getMessage().contains(secret), "quotes family data: " + merge.getMessage());
        }
        assertEquals(before, Family.everything(live.database()), "a refused backup changed the vault");
        assertEquals(commitsBefore, live.database().commitCount(), "a refused backup committed something");
        assertArrayEquals(vaultFileBefore, Files.readAllBytes(dir.resolve("vault").resolve("nestling.vault")));
        AppReads.everything(live.database());
        return merge;
    }

    private Path write(ObjectNode backup) throws Exception {
        return Files.write(dir.resolve("candidate.json"), JSON.writeValueAsBytes(backup));
    }
}
