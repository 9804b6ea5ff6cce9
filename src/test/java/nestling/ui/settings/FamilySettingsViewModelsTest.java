package nestling.ui.settings;

import static nestling.ui.testing.UiTesting.PASS;
import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nestling.domain.ActivityType;
import nestling.domain.Caregiver;
import nestling.domain.UnitSystem;
import nestling.journal.Journal;
import nestling.store.VaultSession;
import nestling.ui.testing.UiTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** Caregivers (and who is logging), units, the day start and the family's own activity types. */
class FamilySettingsViewModelsTest {
    @TempDir
    Path dir;

    private UiTesting ui;
    private VaultSession session;
    private Journal journal;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void setUp() throws Exception {
        ui = new UiTesting(dir);
        session = VaultSession.create(dir, PASS.toCharArray(), ui.context.vaultOptions());
        journal = Journal.of(session.database(), ui.clock);
    }

    @AfterEach
    void tearDown() {
        session.close();
        ui.context.tasks().close();
    }

    @Test
    void theFirstCaregiverLogsAndAnotherCanBeChosen() {
        CaregiversViewModel model = onFx(() -> new CaregiversViewModel(ui.context, journal, () -> { }));
        ui.drainTasks();
        fx(() -> {
            model.nameProperty().set("Sam");
            model.emailProperty().set("not-an-email");
            model.add();
        });
        assertEquals("This does not look like an email address.", onFx(model.errorProperty("email")::get));
        assertTrue(journal.family().caregivers().isEmpty());
        fx(() -> {
            model.emailProperty().set("sam@example.org");
            model.add();
        });
        ui.drainTasks();
        fx(() -> {
            model.nameProperty().set("Alex");
            model.colourProperty().set(CaregiversViewModel.COLOURS.get(2));
            model.add();
        });
        ui.drainTasks();
        assertEquals("Sam", journal.family().currentCaregiver().orElseThrow().name(), "the first one logs");
        assertEquals("Sam (sam@example.org)", onFx(() -> model.describe(model.currentProperty().get())));
        Caregiver alex = onFx(() -> model.caregivers().stream().filter(c -> c.name().equals("Alex")).findFirst().orElseThrow());
        assertEquals(CaregiversViewModel.COLOURS.get(2), alex.colour());
        fx(() -> model.choose(alex));
        ui.drainTasks();
        assertEquals("Alex", journal.family().currentCaregiver().orElseThrow().name());
        assertEquals("Alex", onFx(() -> model.currentProperty().get().name()));
        fx(() -> {
            model.nameProperty().set(" ");
            model.add();
        });
        assertEquals("Give the caregiver a name.", onFx(model.errorProperty("name")::get));
    }

    @Test
    void unitsSwitchIsStoredAndTold() {
        java.util.concurrent.atomic.AtomicInteger told = new java.util.concurrent.atomic.AtomicInteger();
        UnitsViewModel model = onFx(() -> new UnitsViewModel(ui.context, journal, told::incrementAndGet));
        ui.drainTasks();
        assertEquals(UnitSystem.METRIC, onFx(model.unitsProperty()::get));
        fx(() -> model.change(UnitSystem.IMPERIAL));
        ui.drainTasks();
        assertEquals(UnitSystem.IMPERIAL, journal.preferences().units());
        assertEquals(1, told.get());
    }

    @Test
    void theDayStartIsStoredInTheVaultAndTold() {
        java.util.concurrent.atomic.AtomicInteger told = new java.util.concurrent.atomic.AtomicInteger();
        DayStartViewModel model = onFx(() -> new DayStartViewModel(ui.context, journal, told::incrementAndGet));
        ui.drainTasks();
        assertEquals(nestling.domain.DayStart.MIDNIGHT, onFx(model.dayStartProperty()::get));
        assertEquals(13, DayStartViewModel.CHOICES.size(), "00:00 to 12:00");
        fx(() -> model.change(new nestling.domain.DayStart(6)));
        ui.drainTasks();
        assertEquals(6, journal.preferences().dayStart().hour());
        assertEquals("06:00", session.database().read(c -> nestling.store.Settings.get(c,
                nestling.store.Settings.DAY_START)).orElseThrow());
        assertEquals(1, told.get());
        // a value no Nestling wrote (another tool, a damaged backup) counts days from midnight, never fails a screen
        session.database().write(c -> {
            nestling.store.Settings.put(c, nestling.store.Settings.DAY_START, "25:00");
            return null;
        });
        assertEquals(nestling.domain.DayStart.MIDNIGHT, journal.preferences().dayStart());
    }

    @Test
    void ownActivitiesAreAddedTimedOrInstantAndNamesStayUnique() {
        ActivityTypesViewModel model = onFx(() -> new ActivityTypesViewModel(ui.context, journal, () -> { }));
        ui.drainTasks();
        fx(() -> {
            model.nameProperty().set("Swimming");
            model.timedProperty().set(true);
            model.add();
        });
        ui.drainTasks();
        fx(() -> {
            model.nameProperty().set("swimming");
            model.add();
        });
        assertEquals("There is already an activity with this name.", onFx(model.errorProperty("name")::get));
        fx(() -> {
            model.nameProperty().set("Massage");
            model.add();
        });
        ui.drainTasks();
        List<ActivityType> types = journal.family().activityTypes();
        assertEquals(List.of("Massage", "Swimming"), types.stream().map(ActivityType::name).sorted().toList());
        assertTrue(types.stream().filter(t -> t.name().equals("Swimming")).findFirst().orElseThrow().timed());
        assertEquals("Swimming (with duration)", onFx(() -> model.describe(
                model.types().stream().filter(t -> t.name().equals("Swimming")).findFirst().orElseThrow())));
    }

    @Test
    void theLanguageIsStoredAndItsBundleIsGerman() {
        LanguageSetting setting = new LanguageSetting(new nestling.store.SettingsRepository(session.database()));
        assertEquals(Language.SYSTEM, setting.language());
        setting.store(Language.GERMAN);
        assertEquals(Language.GERMAN, setting.language());
        assertEquals("de", Language.GERMAN.bundle().getLocale().getLanguage());
        assertEquals("en", Language.ENGLISH.bundle().getLocale().getLanguage());
        assertTrue(Language.GERMAN.matches(Language.GERMAN.bundle()));
        assertTrue(!Language.GERMAN.matches(Language.ENGLISH.bundle()));
    }

    @Test
    void aCaregiverCanBeRenamedAndRemovedAndTheOneLoggingIsThenNobody() {
        Caregiver sam = journal.family().addCaregiver("Sam", null, "#3a7bd5");
        Caregiver alex = journal.family().addCaregiver("Alex", null, null);
        journal.family().setCurrentCaregiver(sam.meta().id());
        int[] told = new int[1];
        CaregiversViewModel model = onFx(() -> new CaregiversViewModel(ui.context, journal, () -> told[0]++));
        ui.drainTasks();
        fx(() -> model.editing().selectedProperty().set(model.caregivers().stream()
                .filter(c -> c.name().equals("Sam")).findFirst().orElseThrow()));
        assertEquals("Sam", model.editing().newNameProperty().get(), "the rename field starts with the name");
        fx(() -> {
            model.editing().newNameProperty().set("  ");
            model.editing().rename();
        });
        assertEquals("Give the caregiver a name.", onFx(model.errorProperty("rename")::get));
        fx(() -> {
            model.editing().newNameProperty().set("Samira");
            model.editing().rename();
        });
        ui.drainTasks();
        assertEquals(List.of("Alex", "Samira"), journal.family().caregivers().stream().map(Caregiver::name).toList());
        assertEquals("Samira", onFx(() -> model.editing().selectedProperty().get().name()), "still chosen after the reload");
        assertEquals(sam.meta().id(), journal.family().currentCaregiver().orElseThrow().meta().id());

        assertTrue(onFx(() -> model.editing().removeQuestion()).startsWith("Samira will no longer be offered"));
        fx(() -> model.editing().remove());
        ui.drainTasks();
        assertEquals(List.of(alex.meta().id()), journal.family().caregivers().stream().map(c -> c.meta().id()).toList());
        assertTrue(journal.family().currentCaregiver().isEmpty(), "a removed caregiver no longer logs");
        assertEquals(null, onFx(model.currentProperty()::get));
        assertEquals(null, onFx(model.editing().selectedProperty()::get));
        assertEquals(2, told[0]);
        assertTrue(session.database().read(c -> nestling.store.CaregiverRepository.find(c, sam.meta().id()))
                .orElseThrow().meta().deleted(), "a tombstone: entries Samira logged still name her");
    }

    @Test
    void anOwnActivityCanBeRenamedButNotToATakenNameAndRemovedAsATombstone() {
        ActivityType swimming = journal.family().addActivityType("Swimming", null, true);
        journal.family().addActivityType("Massage", null, false);
        ActivityTypesViewModel model = onFx(() -> new ActivityTypesViewModel(ui.context, journal, () -> { }));
        ui.drainTasks();
        fx(() -> model.editing().selectedProperty().set(model.types().stream()
                .filter(t -> t.name().equals("Swimming")).findFirst().orElseThrow()));
        fx(() -> {
            model.editing().newNameProperty().set("massage");
            model.editing().rename();
        });
        assertEquals("There is already an activity with this name.", onFx(model.errorProperty("rename")::get));
        fx(() -> {
            model.editing().newNameProperty().set("Baby swimming");
            model.editing().rename();
        });
        ui.drainTasks();
        assertEquals(List.of("Baby swimming", "Massage"), journal.family().activityTypes().stream()
                .map(ActivityType::name).toList());
        assertTrue(journal.family().activityTypes().getFirst().timed(), "renaming keeps the rest");

        fx(() -> model.editing().remove());
        ui.drainTasks();
        assertEquals(List.of("Massage"), onFx(() -> model.types().stream().map(ActivityType::name).toList()));
        ActivityType removed = journal.family().activityTypes(true).stream()
                .filter(t -> t.meta().id().equals(swimming.meta().id())).findFirst().orElseThrow();
        assertTrue(removed.meta().deleted());
        assertEquals("Baby swimming", removed.name(), "old entries still find its name");
    }
}
