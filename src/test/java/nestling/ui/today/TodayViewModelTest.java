package nestling.ui.today;

import static nestling.ui.testing.UiTesting.PASS;
import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nestling.domain.Baby;
import nestling.domain.GestationalAge;
import nestling.domain.Sex;
import nestling.store.VaultSession;
import nestling.ui.shell.ShellViewModel;
import nestling.ui.testing.UiTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class TodayViewModelTest {
    @TempDir
    Path dir;

    private UiTesting ui;
    private VaultSession session;
    private ShellViewModel shell;
    private TodayViewModel today;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void setUp() throws Exception {
        ui = new UiTesting(dir);
        session = VaultSession.create(dir, PASS.toCharArray(), ui.context.vaultOptions());
        shell = onFx(() -> new ShellViewModel(ui.context, session, () -> { }));
        today = onFx(() -> new TodayViewModel(shell));
        settle();
    }

    @AfterEach
    void tearDown() {
        session.close();
        ui.context.tasks().close();
    }

    private void settle() {
        ui.drainTasks();
        ui.drainTasks();
        ui.drainTasks();
    }

    private List<String> shown() {
        return onFx(() -> today.dashboards().stream().map(d -> d.baby().name()).toList());
    }

    private void add(String name, LocalDate born, GestationalAge gestation) {
        AddBabyViewModel add = today.addBaby();
        fx(() -> {
            add.form().nameProperty().set(name);
            add.form().birthDateProperty().set(born);
            add.form().sexProperty().set(Sex.FEMALE);
            add.form().gestationWeeksProperty().set(gestation == null ? "" : Integer.toString(gestation.weeks()));
            add.form().gestationDaysProperty().set(gestation == null ? "" : Integer.toString(gestation.days()));
            add.save();
        });
        settle();
    }

    @Test
    void addYourBabyChecksTheFormThenTheDashboardShows() {
        assertEquals(List.of(), shown(), "no baby yet: the add form");
        AddBabyViewModel add = today.addBaby();
        fx(add::save);
        assertEquals("Give the baby a name.", onFx(add.form().errorProperty("name")::get));
        fx(() -> {
            add.form().nameProperty().set("Ada");
            add.form().birthDateProperty().set(LocalDate.of(2026, 3, 2));
        });
        assertEquals("", onFx(add.form().errorProperty("name")::get), "the message went once the name was typed");
        fx(add::save);
        assertEquals("The birth cannot be in the future.", onFx(add.form().errorProperty("birth")::get));

        add("Ada", LocalDate.of(2026, 1, 1), new GestationalAge(32, 0));
        assertEquals("", onFx(add.problemProperty()::get));
        assertEquals("", onFx(add.form().errorProperty("birth")::get));
        assertEquals(List.of("Ada"), shown());
        Baby ada = onFx(shell.currentBabyProperty()::get);
        assertEquals(new GestationalAge(32, 0), ada.gestation());
        assertEquals(LocalDate.of(2026, 1, 1), ada.birthDate());
        assertEquals(Sex.FEMALE, ada.sex());

        add("ada", LocalDate.of(2026, 1, 1), null);
        assertEquals("Another baby already has this name.", onFx(add.form().errorProperty("name")::get));
    }

    @Test
    void twinsSwitchAndShowSideBySide() {
        add("Ada", LocalDate.of(2026, 2, 1), null);
        assertFalse(onFx(() -> today.twinsProperty().get()), "one baby: no side by side");
        add("Bea", LocalDate.of(2026, 2, 1), null);
        assertTrue(onFx(() -> today.twinsProperty().get()));
        assertEquals(List.of("Ada"), shown());

        DashboardViewModel ada = onFx(today::main);
        fx(ada::logWetDiaper);
        settle();
        assertTrue(onFx(() -> ada.loggedProperty().get() != null), "the Undo bar shows");
        fx(() -> today.sideBySideProperty().set(true));
        assertEquals(List.of("Ada", "Bea"), shown());
        assertTrue(onFx(today::main) == ada, "Ada keeps her dashboard, and her Undo, when Bea joins");
        fx(() -> shell.currentBabyProperty().set(shell.babies().get(1)));
        assertEquals(List.of("Ada", "Bea"), shown(), "the columns keep the babies' order");
        assertEquals("Bea", onFx(() -> today.main().baby().name()), "the keys act on the current baby");
        assertFalse(onFx(() -> ada.currentProperty().get()));
        fx(() -> today.sideBySideProperty().set(false));
        assertEquals(List.of("Bea"), shown());
    }

    @Test
    void aWriteElsewhereReloadsAndLeavingStopsFollowing() {
        add("Ada", LocalDate.of(2026, 2, 1), null);
        DashboardViewModel main = onFx(today::main);
        settle();
        assertEquals(0, onFx(() -> main.dataProperty().get().totals().wetDiapers()));
        shell.journal().entries().log(main.baby().meta().id(), ui.clock.instant(), null,
                new nestling.domain.EntryData.Diaper(true, false, false, null, null, false, null));
        fx(shell::changed);
        settle();
        assertEquals(1, onFx(() -> main.dataProperty().get().totals().wetDiapers()));

        fx(today::dispose);
        fx(() -> shell.currentBabyProperty().set(null));
        assertEquals(List.of("Ada"), shown(), "a left screen no longer follows the shell");
        assertNull(onFx(() -> shell.currentBabyProperty().get()));
    }
}
