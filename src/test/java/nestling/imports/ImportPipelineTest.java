package nestling.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import nestling.backup.BackupException;
import nestling.domain.Baby;
import nestling.domain.BottleContent;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.Meta;
import nestling.imports.huckleberry.HuckleberryFormat;
import nestling.imports.nara.NaraFormat;
import nestling.journal.Journal;
import nestling.store.EntryRepository;
import nestling.store.VaultSession;
import nestling.vault.VaultLocation;
import nestling.vault.VaultOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole import on a real vault: mapping, zones, ids, duplicates, refusals, staging and the safety copy. */
class ImportPipelineTest {
    private static final char[] PASS = "correct horse battery".toCharArray();
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final VaultOptions OPTIONS = VaultOptions.defaults().withFastKdfForTests()
            .withClock(Clock.fixed(NOW, BERLIN));
    private static final SourceAnswers ANSWERS = new SourceAnswers(null, BERLIN);

    @TempDir
    Path dir;
    private Path vault;
    private Path export;
    private Baby ada;

    @BeforeEach
    void aVaultWithAda() throws Exception {
        vault = dir.resolve("vault");
        export = ExportFiles.write(dir.resolve("huckleberry.csv"), ExportFiles.HUCKLEBERRY);
        try (VaultSession session = VaultSession.create(vault, PASS, OPTIONS)) {
            ada = journal(session).family().addBaby("Ada", Instant.parse("2024-01-05T08:00:00Z"), ZoneOffset.ofHours(1),
                    null, null);
            session.flush();
        }
    }

    private static Journal journal(VaultSession session) {
        return Journal.of(session.database(), Clock.fixed(NOW, BERLIN));
    }

    private ImportPlan plan(VaultSession session, SourceFormat format, Path file, String baby) throws Exception {
        return ImportPlanner.plan(session.database(), format, format.read(file, ANSWERS), baby, BERLIN, NOW);
    }

    private static List<Entry> entries(VaultSession session) {
        return session.database().read(c -> {
            List<Entry> all = new java.util.ArrayList<>();
            try (var s = c.createStatement(); var rows = s.executeQuery("SELECT * FROM entry WHERE deleted = 0")) {
                while (rows.next()) {
                    all.add(EntryRepository.entry(rows));
                }
            }
            return all;
        });
    }

    @Test
    void importsEveryPlausibleRowOnceAndTheSecondTimeNothing() throws Exception {
        ImportPlan first;
        try (VaultSession session = VaultSession.unlock(vault, PASS, OPTIONS)) {
            first = plan(session, new HuckleberryFormat(), export, null);
            ImportSummary summary = first.summary();
            assertEquals(List.of("huckleberry.csv, line 7: a bottle of 5,000 ml is not plausible (at most 500 ml)",
                    "huckleberry.csv, line 19: this sleep has no end (still running when exported?)"),
                    summary.refused().stream().map(r -> r.where() + ": " + r.reason()).toList());
            assertEquals(16, summary.imported(), "17 rows, 2 refused, the temperature's note is its own entry");
            assertEquals(0, summary.duplicates());
            ImportSummary.BabyPart part = summary.babies().getFirst();
            assertEquals("Ada", part.nestlingName());
            assertEquals(LocalDate.of(2024, 3, 30), part.first());
            assertEquals(LocalDate.of(2024, 10, 27), part.last());
            assertEquals(new ImportSummary.Counts(2, 0, 1), part.types().get(EntryType.BOTTLE));
            assertEquals(new ImportSummary.Counts(2, 0, 1), part.types().get(EntryType.SLEEP));

            ImportWriter.Written written = ImportWriter.write(session, first, OPTIONS);
            session.flush();
            assertEquals(16, written.merge().tables().get("entries").added());
            assertTrue(Files.isRegularFile(written.safetyCopy()));
            assertTrue(written.safetyCopy().getFileName().toString().startsWith("before-import-"));
        }
        byte[] afterFirst = Files.readAllBytes(vault.resolve(VaultLocation.VAULT_FILE));
        try (VaultSession session = VaultSession.unlock(vault, PASS, OPTIONS)) {
            List<Entry> entries = entries(session);
            assertEquals(16, entries.size());
            // the DST nights: 02:30 on 31 March does not exist (03:30 CEST); 02:30 on 27 October happens twice (the later, CET)
            Entry springFeed = entries.stream().filter(e -> e.type() == EntryType.BREASTFEEDING
                    && e.start().equals(Instant.parse("2024-03-31T01:30:00Z"))).findFirst().orElseThrow();
            assertEquals(ZoneOffset.ofHours(2), springFeed.offset());
            assertEquals(Instant.parse("2024-03-31T01:50:00Z"), springFeed.end());
            Entry autumnFeed = entries.stream().filter(e -> e.type() == EntryType.BREASTFEEDING
                    && e.start().equals(Instant.parse("2024-10-27T01:30:00Z"))).findFirst().orElseThrow();
            assertEquals(ZoneOffset.ofHours(1), autumnFeed.offset());
            assertTrue(entries.stream().allMatch(e -> e.babyId().equals(ada.meta().id())));

            ImportPlan again = plan(session, new HuckleberryFormat(), export, null);
            assertTrue(again.addsNothing());
            assertEquals(16, again.summary().duplicates());
            assertEquals(new ImportSummary.Counts(0, 2, 1), again.summary().babies().getFirst().types().get(EntryType.BOTTLE));
            ImportWriter.Written nothing = ImportWriter.write(session, again, OPTIONS);
            assertEquals(null, nothing.safetyCopy());
        }
        assertArrayEquals(afterFirst, Files.readAllBytes(vault.resolve(VaultLocation.VAULT_FILE)),
                "the second import wrote nothing");
    }

    @Test
    void entriesAlreadyLoggedInNestlingAreSkippedAsDuplicates() throws Exception {
        try (VaultSession session = VaultSession.unlock(vault, PASS, OPTIONS)) {
            // logged by hand 30 s after the file's 09:00 bottle (07:00 UTC, CEST)
            journal(session).entries().log(ada.meta().id(), Instant.parse("2024-03-31T07:00:30Z"), null,
                    new EntryData.Bottle(BottleContent.FORMULA, 120, null));
            ImportPlan plan = plan(session, new HuckleberryFormat(), export, "Ada");
            assertEquals(new ImportSummary.Counts(1, 1, 1), plan.summary().babies().getFirst().types().get(EntryType.BOTTLE));
            assertEquals(1, plan.summary().duplicates());
            assertFalse(plan.entries().stream().anyMatch(e -> e.start().equals(Instant.parse("2024-03-31T07:00:00Z"))
                    && e.type() == EntryType.BOTTLE));
        }
    }

    @Test
    void aDamagedFileOrARefusedRecordChangesNothing() throws Exception {
        byte[] before = Files.readAllBytes(vault.resolve(VaultLocation.VAULT_FILE));
        Path damaged = ExportFiles.write(dir.resolve("damaged.csv"), List.of(ExportFiles.HUCKLEBERRY.get(0),
                ExportFiles.HUCKLEBERRY.get(1), "Feed,2024-03-31 09:00,,,Formula,Bottle,4oz,\"cut off"));
        assertThrows(ImportFormatException.class, () -> new HuckleberryFormat().read(damaged, ANSWERS));
        try (VaultSession session = VaultSession.unlock(vault, PASS, OPTIONS)) {
            ImportPlan good = plan(session, new HuckleberryFormat(), export, null);
            // a record that slipped past the planner is still held to the backup's record checks
            Entry impossible = new Entry(new Meta(SourceIds.entry("huckleberry", "x"), NOW, NOW, null, false),
                    ada.meta().id(), Instant.parse("2024-01-10T10:00:00Z"), null, ZoneOffset.UTC,
                    new EntryData.Bottle(BottleContent.FORMULA, 9_999, null));
            List<Entry> entries = new java.util.ArrayList<>(good.entries());
            entries.add(impossible);
            ImportPlan bad = new ImportPlan(good.format(), good.newBabies(), good.existingBabies(), entries, good.summary());
            BackupException refused = assertThrows(BackupException.class, () -> ImportWriter.write(session, bad, OPTIONS));
            assertTrue(refused.getMessage().contains("500 ml"), refused.getMessage());
            assertTrue(entries(session).isEmpty(), "nothing partial");
            try (Stream<Path> snapshots = Files.list(vault.resolve(VaultLocation.SNAPSHOT_DIRECTORY))) {
                assertFalse(snapshots.anyMatch(p -> p.getFileName().toString().startsWith("before-import")),
                        "no safety copy for an import that did not happen");
            } catch (java.nio.file.NoSuchFileException noFolder) {
                // no snapshots at all
            }
        }
        assertArrayEquals(before, Files.readAllBytes(vault.resolve(VaultLocation.VAULT_FILE)));
    }

    @Test
    void severalChildrenMapByNameOrAreAdded() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("nara"));
        nestling.imports.nara.NaraFiles.twoChildren(folder);
        try (VaultSession session = VaultSession.unlock(vault, PASS, OPTIONS)) {
            ImportPlan plan = plan(session, new NaraFormat(), folder, null);
            assertEquals(List.of("Ada", "Ben"), plan.summary().babies().stream().map(ImportSummary.BabyPart::nestlingName).toList());
            assertFalse(plan.summary().babies().get(0).created());
            assertTrue(plan.summary().babies().get(1).created());
            assertTrue(plan.summary().babies().get(1).birthGuessed());
            ImportWriter.write(session, plan, OPTIONS);
            Baby ben = journal(session).family().babyNamed("Ben").orElseThrow();
            assertEquals(LocalDate.of(2024, 3, 31), ben.birthDate(), "the day of Ben's first row");
            assertEquals(SourceIds.baby("nara", "p-ben"), ben.meta().id());
            assertEquals(2, entries(session).stream().filter(e -> e.babyId().equals(ben.meta().id())).count());

            var twoBabies = assertThrows(ImportProblem.class, () -> plan(session, new NaraFormat(), folder, "Ada"));
            assertEquals(ImportProblem.Kind.NEEDS_ANSWER, twoBabies.kind());
            assertTrue(plan(session, new NaraFormat(), folder, null).addsNothing());
        }
    }

    @Test
    void aFileWithoutItsBabyNeedsOneAnswer() throws Exception {
        try (VaultSession session = VaultSession.unlock(vault, PASS, OPTIONS)) {
            journal(session).family().addBaby("Ben", Instant.parse("2025-01-05T08:00:00Z"), ZoneOffset.ofHours(1), null,
                    null);
            var which = assertThrows(ImportProblem.class, () -> plan(session, new HuckleberryFormat(), export, null));
            assertTrue(which.getMessage().contains("--baby"), which.getMessage());
            var unknown = assertThrows(ImportProblem.class, () -> plan(session, new HuckleberryFormat(), export, "Cleo"));
            assertEquals(ImportProblem.Kind.NO_SUCH_BABY, unknown.kind());
            assertEquals("Ben", plan(session, new HuckleberryFormat(), export, "ben").summary().babies().getFirst()
                    .nestlingName());
        }
    }

    @Test
    void eachOfTheSourcesBabiesGoesWhereTheParentSaysEvenAgainstAMatchingName() throws Exception {
        Path folder = java.nio.file.Files.createDirectories(dir.resolve("nara"));
        nestling.imports.nara.NaraFiles.twoChildren(folder); // Ada's file and Ben's
        try (VaultSession session = VaultSession.unlock(vault, PASS, OPTIONS)) {
            SourceFormat nara = new nestling.imports.nara.NaraFormat();
            SourceReading reading = nara.read(folder, ANSWERS);
            List<SourceBaby> babies = ImportPlanner.sourceBabies(reading);
            assertEquals(List.of("Ada", "Ben"), babies.stream().map(SourceBaby::name).toList());
            // Ada of the file becomes a new baby although Nestling has an Ada; Ben's rows go to Nestling's Ada
            ImportPlan plan = ImportPlanner.plan(session.database(), nara, reading, java.util.Map.of(
                    babies.get(0).key(), BabyChoice.NEW, babies.get(1).key(), BabyChoice.onto(ada.meta().id())),
                    BERLIN, NOW);
            assertEquals(1, plan.newBabies().size());
            UUID newAda = plan.newBabies().getFirst().meta().id();
            assertNotEquals(ada.meta().id(), newAda);
            assertEquals(List.of("Ada", "Ben"), plan.summary().babies().stream().map(ImportSummary.BabyPart::sourceName)
                    .toList(), "each source baby counted apart");
            long ben = plan.entries().stream().filter(e -> e.babyId().equals(ada.meta().id())).count();
            assertEquals(2, ben, "Ben's diaper and sleep");
            assertEquals(plan.entries().size() - 2, plan.entries().stream().filter(e -> e.babyId().equals(newAda)).count());
            // a baby chosen that is no longer there is a clear refusal, not a guess
            ImportProblem gone = assertThrows(ImportProblem.class, () -> ImportPlanner.plan(session.database(), nara,
                    reading, java.util.Map.of(babies.get(0).key(), BabyChoice.onto(UUID.randomUUID())), BERLIN, NOW));
            assertEquals(ImportProblem.Kind.NO_SUCH_BABY, gone.kind());
        }
    }

    @Test
    void rowsBeforeTheirBabysBirthOrAheadOfTheClockAreRefusedWithTheirDates() throws Exception {
        Path early = ExportFiles.write(dir.resolve("early.csv"), List.of(ExportFiles.HUCKLEBERRY.get(0),
                "Diaper,2024-01-04 23:30,,,,,Pee,,Sam", // the evening before Ada's birth (2024-01-05)
                "Diaper,2024-01-05 07:00,,,,,Pee,,Sam", // her birth day, before the hour: the date is what counts
                "Diaper,2026-11-26 13:04,,,,,Pee,,Sam", // 4 minutes ahead of the clock (12:00 UTC): still now
                "Diaper,2026-11-26 13:30,,,,,Pee,,Sam"));
        Path folder = Files.createDirectories(dir.resolve("nara"));
        nestling.imports.nara.NaraFiles.adaWithARowBeforeHerBirth(folder);
        try (VaultSession session = VaultSession.unlock(vault, PASS, OPTIONS)) {
            ImportSummary summary = plan(session, new HuckleberryFormat(), early, null).summary();
            assertEquals(List.of("early.csv, line 2: the row is dated 2024-01-04, before the baby's birth date 2024-01-05",
                    "early.csv, line 5: this diaper starts in the future"),
                    summary.refused().stream().map(r -> r.where() + ": " + r.reason()).toList());
            assertEquals(new ImportSummary.Counts(2, 0, 2), summary.babies().getFirst().types().get(EntryType.DIAPER));
            assertTrue(summary.lines().getFirst().endsWith("2 to import, 0 skipped as duplicates, 2 refused"),
                    summary.lines().getFirst());

            // a new baby (the parent says the file's Ada is not Nestling's) is born on the profile's date
            SourceFormat nara = new NaraFormat();
            SourceReading reading = nara.read(folder, ANSWERS);
            ImportPlan plan = ImportPlanner.plan(session.database(), nara, reading,
                    java.util.Map.of("p-ada", BabyChoice.NEW), BERLIN, NOW);
            assertEquals(LocalDate.of(2024, 1, 5), plan.newBabies().getFirst().birthDate());
            assertEquals(List.of("Ada.csv, line 3: the row is dated 2023-12-20, before the baby's birth date 2024-01-05"),
                    plan.summary().refused().stream().map(r -> r.where() + ": " + r.reason()).toList());
            assertEquals(1, plan.entries().size());
        }
    }
}
