package nestling.ui.shell;

import static nestling.ui.testing.UiTesting.PASS;
import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import nestling.store.SettingsRepository;
import nestling.store.VaultSession;
import nestling.ui.settings.AutoLockSetting;
import nestling.ui.testing.UiTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class ShellViewModelTest {
    @TempDir
    Path dir;

    private UiTesting ui;
    private VaultSession session;
    private final AtomicBoolean lockedScreenShown = new AtomicBoolean();
    private ShellViewModel model;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void setUp() throws Exception {
        ui = new UiTesting(dir);
        session = VaultSession.create(dir, PASS.toCharArray(), ui.context.vaultOptions());
        model = onFx(() -> new ShellViewModel(ui.context, session, () -> lockedScreenShown.set(true)));
    }

    @AfterEach
    void tearDown() {
        ui.diskFull.set(false);
        session.close();
        ui.context.tasks().close();
    }

    @Test
    void locksAfterTheIdleTimeAndNotBefore() throws Exception {
        ui.drainTasks();
        assertEquals(15, model.autoLockMinutesProperty().get());
        ui.clock.advance(Duration.ofMinutes(14));
        fx(model.sessionLock()::checkIdle);
        fx(model.sessionLock()::activity);
        ui.clock.advance(Duration.ofMinutes(14));
        fx(model.sessionLock()::checkIdle);
        Thread.sleep(200);
        assertFalse(onFx(model.sessionLock()::isLocked), "activity restarted the idle time");
        ui.clock.advance(Duration.ofMinutes(1));
        fx(model.sessionLock()::checkIdle);
        waitUntil("auto-locked", lockedScreenShown::get);
        assertTrue(model.sessionLock().isLocked());
        VaultSession.unlock(dir, PASS.toCharArray(), ui.context.vaultOptions()).close();
    }

    @Test
    void aChangedIdleTimeIsStoredAndUsed() {
        fx(() -> model.changeAutoLock(1));
        waitUntil("stored", () -> new SettingsRepository(session.database()).get(AutoLockSetting.KEY)
                .equals(Optional.of("1")));
        // Stored happens on the worker a moment before the window applies the new time on the FX thread.
        waitUntil("applied", () -> model.autoLockMinutesProperty().get() == 1);
        ui.clock.advance(Duration.ofSeconds(61));
        fx(model.sessionLock()::checkIdle);
        waitUntil("auto-locked after one minute", lockedScreenShown::get);
    }

    @Test
    void aFailingDiskShowsNotSavedWithTheReasonAndKeepsTheVaultUnlocked() throws Exception {
        assertEquals(SaveIndicator.State.SAVED, model.saveProperty().get().state());
        ui.diskFull.set(true);
        fx(() -> model.changeAutoLock(30));
        waitUntil("not saved", () -> model.saveProperty().get().state() == SaveIndicator.State.NOT_SAVED);
        assertTrue(model.saveProperty().get().detail().contains("The disk is full"), model.saveProperty().get().detail());

        fx(model.sessionLock()::lock);
        waitUntil("lock refused", () -> !model.sessionLock().lockErrorProperty().get().isEmpty());
        assertFalse(model.sessionLock().isLocked());
        assertFalse(lockedScreenShown.get());
        assertEquals(Optional.of("30"), new SettingsRepository(session.database()).get(AutoLockSetting.KEY),
                "the data is still there");

        ui.diskFull.set(false);
        fx(model.sessionLock()::lock);
        waitUntil("locked", lockedScreenShown::get);
        try (VaultSession reopened = VaultSession.unlock(dir, PASS.toCharArray(), ui.context.vaultOptions())) {
            assertEquals(Optional.of("30"), new SettingsRepository(reopened.database()).get(AutoLockSetting.KEY));
        }
    }
}
