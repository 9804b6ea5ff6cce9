package nestling.ui.shell;

import static nestling.ui.testing.UiTesting.PASS;
import static nestling.ui.testing.UiTesting.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import nestling.domain.Baby;
import nestling.domain.EntryData;
import nestling.domain.Sex;
import nestling.journal.Journal;
import nestling.store.SettingsRepository;
import nestling.store.VaultSession;
import nestling.ui.common.Theme;
import nestling.ui.settings.AutoLockSetting;
import nestling.ui.settings.Language;
import nestling.ui.settings.LanguageSetting;
import nestling.ui.settings.ThemeSetting;
import nestling.ui.testing.UiTesting;
import nestling.ui.today.DashboardData;
import nestling.ui.today.FirstDashboard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** What the unlock reads for the first screen, and the shell built from it without asking again. */
class ShellStartTest {
    @TempDir
    Path dir;

    private UiTesting ui;
    private VaultSession session;
    private Baby ada;
    private Baby bea;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void setUp() throws Exception {
        ui = new UiTesting(dir);
        session = VaultSession.create(dir, PASS.toCharArray(), ui.context.vaultOptions());
        Journal journal = Journal.of(session.database(), ui.clock);
        ada = journal.family().addBaby("Ada", ui.clock.instant().minus(Duration.ofDays(30)), ZoneOffset.UTC,
                Sex.FEMALE, null);
        bea = journal.family().addBaby("Bea", ui.clock.instant().minus(Duration.ofDays(30)), ZoneOffset.UTC,
                Sex.FEMALE, null);
        journal.entries().log(ada.meta().id(), ui.clock.instant().minus(Duration.ofMinutes(10)), null,
                new EntryData.Diaper(true, false, false, null, null, false, null));
        SettingsRepository settings = new SettingsRepository(session.database());
        new AutoLockSetting(settings).store(5);
        new ThemeSetting(settings).store(Theme.NIGHT);
        new LanguageSetting(settings).store(Language.GERMAN);
    }

    @AfterEach
    void tearDown() {
        session.close();
        ui.context.tasks().close();
    }

    @Test
    void readsTheBabiesTheSettingsAndTheFirstBabysDashboard() {
        ShellStart start = ShellStart.readWhileTheShellIsBuilt(session, ui.clock, ui.context.tasks());
        ui.drainTasks();

        assertEquals(List.of("Ada", "Bea"), start.babies().stream().map(Baby::name).toList());
        assertEquals(5, start.autoLockMinutes());
        assertEquals(Theme.NIGHT, start.theme());
        assertEquals(Language.GERMAN, start.language());
        assertEquals(ada.meta().id(), start.firstDashboard().babyId());
        assertTrue(onFx(start.firstDashboard()::arrived));
        assertEquals(1, dashboardOf(start.firstDashboard()).totals().wetDiapers());
    }

    @Test
    void theShellStartsFromItAndTodayTakesTheDashboardOnce() {
        ShellStart start = readAll();
        ShellViewModel shell = onFx(() -> new ShellViewModel(ui.context, session, () -> { }, () -> { }, start));

        // at once, before any background task ran
        assertTrue(onFx(() -> shell.babiesLoadedProperty().get()));
        assertEquals(ada, onFx(() -> shell.currentBabyProperty().get()));
        assertEquals(5, onFx(() -> shell.autoLockMinutesProperty().get()));
        assertEquals(Theme.NIGHT, onFx(() -> shell.themeProperty().get()));
        assertEquals(Language.GERMAN, onFx(() -> shell.languageProperty().get()));
        FirstDashboard first = onFx(() -> shell.takeFirstDashboard(ada));
        assertSame(start.firstDashboard(), first);
        assertNull(onFx(() -> shell.takeFirstDashboard(ada)), "once: a later Today loads afresh");
    }

    /**
     * After an unlock the dashboard is read on the worker while the FX thread builds the shell, and
     * arrives after it: Today shows it then, without reading it again; the babies and settings are
     * there at once.
     */
    @Test
    void theDashboardReadWhileTheShellIsBuiltArrivesAfterItInToday() throws Exception {
        java.util.concurrent.CountDownLatch worker = new java.util.concurrent.CountDownLatch(1);
        // the worker held: the shell is built before the dashboard's read can start
        ui.context.tasks().run(() -> {
            worker.await();
            return null;
        }, done -> { }, failed -> { });
        ShellStart start = ShellStart.readWhileTheShellIsBuilt(session, ui.clock, ui.context.tasks());
        assertEquals(List.of("Ada", "Bea"), start.babies().stream().map(Baby::name).toList());
        assertEquals(Theme.NIGHT, start.theme());
        FirstDashboard pending = start.firstDashboard();
        assertEquals(ada.meta().id(), pending.babyId());
        assertFalse(onFx(pending::arrived), "still being read");

        ShellViewModel shell = onFx(() -> new ShellViewModel(ui.context, session, () -> { }, () -> { }, start));
        nestling.ui.today.TodayViewModel today = onFx(() -> new nestling.ui.today.TodayViewModel(shell));
        assertNull(onFx(() -> today.dashboards().getFirst().dataProperty().get()), "nothing shown before it arrives");
        worker.countDown();
        ui.drainTasks();
        assertTrue(onFx(pending::arrived));
        DashboardData shown = onFx(() -> today.dashboards().getFirst().dataProperty().get());
        assertEquals(1, shown.totals().wetDiapers());
        assertSame(dashboardOf(pending), shown, "the one read with the unlock, not a reload");
    }

    /** All of it at once: the babies and settings, and the first baby's dashboard read already. */
    private ShellStart readAll() {
        ShellStart start = ShellStart.readSettingsAndBabies(session, ui.clock);
        return start.withDashboard(FirstDashboard.of(ShellStart.readDashboard(session, ui.clock,
                start.babies().getFirst())));
    }

    /** What a first dashboard brings (it has arrived). */
    private static DashboardData dashboardOf(FirstDashboard first) {
        DashboardData[] got = new DashboardData[1];
        onFx(() -> {
            first.whenArrived(data -> got[0] = data);
            return null;
        });
        return got[0];
    }
}
