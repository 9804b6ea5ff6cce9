package nestling.ui.shell;

import nestling.ui.testing.TestRobot;
import static nestling.ui.testing.UiTesting.PASS;
import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import nestling.store.SettingsRepository;
import nestling.store.VaultSession;
import nestling.ui.common.Theme;
import nestling.ui.settings.AutoLockSetting;
import nestling.ui.testing.Screenshots;
import nestling.ui.testing.UiTesting;
import org.testfx.util.WaitForAsyncUtils;
import nestling.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The vault's screens end to end on the Headless platform, with a real vault in a temp folder. */
class VaultFlowTest {
    @TempDir
    Path dir;

    private final FxRobot robot = new TestRobot();
    private UiTesting ui;
    private MainWindow window;

    @BeforeEach
    void setUp() throws Exception {
        ui = new UiTesting(dir);
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void tearDown() throws Exception {
        ShellViewModel shell = window == null ? null : onFx(window::shell);
        if (shell != null && !shell.sessionLock().isLocked()) {
            ui.diskFull.set(false);
            shell.session().close();
        }
        FxToolkit.cleanupStages();
        ui.context.tasks().close();
    }

    private void open(boolean vaultExists) throws Exception {
        FxToolkit.setupStage(stage -> {
            window = new MainWindow(ui.context, stage, 960, 700);
            window.start(vaultExists);
            stage.show();
        });
        WaitForFx.settle();
    }

    private void prepareVault() throws Exception {
        VaultSession.create(dir, PASS.toCharArray(), ui.context.vaultOptions()).close();
    }

    private <T extends Node> T find(String id, Class<T> type) {
        return robot.lookup(id).queryAs(type);
    }

    private boolean showing(String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    private String text(String id) {
        return onFx(() -> find(id, Labeled.class).getText());
    }

    private void unlockWith(String passphrase) {
        robot.clickOn("#unlock-passphrase").write(passphrase).type(KeyCode.ENTER);
    }

    @Test
    void createThenLockWithCtrlLThenUnlockAgain() throws Exception {
        open(false);
        assertEquals("Create your family's vault", text("#unlock-heading"));
        Button create = find("#create-button", Button.class);
        assertTrue(create.isDisabled(), "nothing typed yet");
        assertTrue(onFx(create::getHeight) >= 44, "a large Create target");
        assertTrue(text("#create-warning").contains("Nobody can recover a forgotten passphrase"));
        assertTrue(text("#create-warning").contains("backups"));

        robot.clickOn("#create-passphrase").write(PASS.substring(0, 4));
        assertTrue(text("#create-strength").startsWith("Too short"), text("#create-strength"));
        robot.write(PASS.substring(4));
        robot.clickOn("#create-confirmation").write(PASS.substring(0, 10));
        assertTrue(showing("#create-mismatch"), "a half-typed confirmation shows the mismatch");
        assertTrue(create.isDisabled());
        Screenshots.save(window.scene(), "01-create-vault-mismatch");
        robot.write(PASS.substring(10));
        WaitForFx.settle();
        assertFalse(showing("#create-mismatch"));
        assertFalse(create.isDisabled());

        PasswordField typed = find("#create-passphrase", PasswordField.class);
        robot.clickOn("#create-button");
        waitUntil("the shell shows", () -> window.shell() != null);
        assertTrue(Vault.exists(dir));
        assertEquals("", onFx(typed::getText), "the passphrase field is cleared");
        waitUntil("saved", () -> text("#save-status").equals("Saved"));
        assertTrue(onFx(() -> find("#lock-button", Button.class).getHeight()) >= 44, "a large Lock target");
        assertTrue(onFx(() -> find("#nav-today", Node.class).getBoundsInLocal().getHeight()) >= 44, "large navigation targets");
        Screenshots.save(window.scene(), "03-shell-today");

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitUntil("locked by Ctrl+L", () -> robot.lookup("#unlock-screen").tryQuery().isPresent());
        assertEquals("Unlock Nestling", text("#unlock-heading"));
        Screenshots.save(window.scene(), "02-unlock");

        unlockWith(PASS);
        waitUntil("unlocked again", () -> window.shell() != null);
        assertTrue(robot.lookup("#shell").tryQuery().isPresent());
    }

    @Test
    void wrongPassphraseIsExplainedAndRepeatedMistakesWaitLonger() throws Exception {
        prepareVault();
        open(true);
        for (int attempt = 1; attempt <= 2; attempt++) {
            unlockWith("not the passphrase");
            waitUntil("wrong passphrase message", () -> text("#unlock-message").startsWith("Wrong passphrase"));
            assertFalse(showing("#unlock-wait"), "no wait after " + attempt + " mistakes");
        }
        unlockWith("still not it");
        waitUntil("a one second wait", () -> text("#unlock-wait").equals("Please wait 1 s before trying again."));
        robot.clickOn("#unlock-passphrase").write("typed during the wait");
        assertTrue(find("#unlock-button", Button.class).isDisabled(), "unlock waits");
        Screenshots.save(window.scene(), "04-unlock-wrong-passphrase-wait");

        ui.clock.advance(Duration.ofSeconds(1));
        waitUntil("the wait is over", () -> !find("#unlock-button", Button.class).isDisabled());
        robot.type(KeyCode.ENTER);
        waitUntil("a two second wait", () -> text("#unlock-wait").equals("Please wait 2 s before trying again."));

        ui.clock.advance(Duration.ofSeconds(2));
        unlockWith(PASS);
        waitUntil("unlocked", () -> window.shell() != null);
    }

    @Test
    void damagedVaultOffersTheNewestGoodSnapshotAndOpensIt() throws Exception {
        try (VaultSession session = VaultSession.create(dir, PASS.toCharArray(), ui.context.vaultOptions())) {
            SettingsRepository settings = new SettingsRepository(session.database());
            settings.put("test.marker", "before the damage");
            session.flush();
            settings.put("test.later", "only in the damaged file");
            session.flush();
        }
        Path vaultFile = Vault.vaultFile(dir);
        byte[] bytes = Files.readAllBytes(vaultFile);
        bytes[bytes.length - 40] ^= 0x5A;
        Files.write(vaultFile, bytes);

        open(true);
        unlockWith(PASS);
        waitUntil("damage explained", () -> text("#unlock-message").contains("contents are damaged"));
        waitUntil("snapshots listed", () -> showing("#unlock-snapshots"));
        @SuppressWarnings("unchecked")
        ListView<Object> list = find("#snapshot-list", ListView.class);
        assertTrue(onFx(() -> list.getItems().size()) >= 1);
        Screenshots.save(window.scene(), "05-unlock-damaged-snapshots");

        robot.clickOn("#unlock-passphrase").write(PASS);
        robot.clickOn("#open-snapshot-button");
        waitUntil("the snapshot opened", () -> window.shell() != null);
        SettingsRepository settings = new SettingsRepository(onFx(window::shell).session().database());
        assertEquals(Optional.of("before the damage"), settings.get("test.marker"));
        assertEquals(Optional.empty(), settings.get("test.later"));
        try (Stream<Path> kept = Files.list(dir.resolve("snapshots"))) {
            assertTrue(kept.anyMatch(p -> p.getFileName().toString().startsWith("damaged-")),
                    "the damaged file is set aside, not deleted");
        }
    }

    @Test
    void autoLockFiresAfterTheIdleTimeSetInSettings() throws Exception {
        prepareVault();
        open(true);
        unlockWith(PASS);
        waitUntil("unlocked", () -> window.shell() != null);
        robot.clickOn("#nav-settings");
        @SuppressWarnings("unchecked")
        ChoiceBox<Integer> choice = find("#autolock-choice", ChoiceBox.class);
        assertEquals(AutoLockSetting.DEFAULT_MINUTES, onFx(choice::getValue));
        fx(() -> choice.setValue(1));
        Screenshots.save(window.scene(), "06-settings");
        waitUntil("setting saved", () -> new SettingsRepository(window.shell().session().database())
                .get(AutoLockSetting.KEY).equals(Optional.of("1")));

        ui.clock.advance(Duration.ofSeconds(59));
        Thread.sleep(300);
        WaitForFx.settle();
        assertTrue(robot.lookup("#shell").tryQuery().isPresent(), "not yet idle for a minute");
        ui.clock.advance(Duration.ofSeconds(2));
        waitUntil("auto-locked", () -> robot.lookup("#unlock-screen").tryQuery().isPresent());

        unlockWith(PASS);
        waitUntil("unlocked", () -> window.shell() != null);
        waitUntil("the setting survived locking", () -> window.shell().autoLockMinutesProperty().get() == 1);
    }

    @Test
    void notSavedShowsTheReasonAndLockRefusesUntilTheDiskRecovers() throws Exception {
        prepareVault();
        open(true);
        unlockWith(PASS);
        waitUntil("unlocked", () -> window.shell() != null);
        robot.clickOn("#nav-settings");
        ui.diskFull.set(true);
        @SuppressWarnings("unchecked")
        ChoiceBox<Integer> choice = find("#autolock-choice", ChoiceBox.class);
        fx(() -> choice.setValue(30));

        waitUntil("not saved", () -> text("#save-status").equals("Not saved"));
        waitUntil("the reason is shown", () -> showing("#save-reason"));
        assertTrue(text("#save-reason").contains("The disk is full"), text("#save-reason"));
        assertTrue(onFx(() -> find("#save-status", Labeled.class).getTooltip().getText()).contains("The disk is full"));
        Screenshots.save(window.scene(), "07-not-saved");

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitUntil("lock refused with a reason", () -> showing("#lock-error"));
        assertTrue(text("#lock-error").contains("did not lock"), text("#lock-error"));
        assertTrue(robot.lookup("#shell").tryQuery().isPresent(), "still unlocked");
        Screenshots.save(window.scene(), "08-lock-refused");

        ui.diskFull.set(false);
        robot.clickOn("#lock-button");
        waitUntil("locked once the disk works", () -> robot.lookup("#unlock-screen").tryQuery().isPresent());
        try (VaultSession reopened = VaultSession.unlock(dir, PASS.toCharArray(), ui.context.vaultOptions())) {
            assertEquals(Optional.of("30"), new SettingsRepository(reopened.database()).get(AutoLockSetting.KEY));
        }
    }

    @Test
    void changePassphraseDialogReKeysTheVault() throws Exception {
        prepareVault();
        open(true);
        unlockWith(PASS);
        waitUntil("unlocked", () -> window.shell() != null);
        robot.clickOn("#nav-settings");
        scrollToBottom();
        robot.clickOn("#change-passphrase-button");
        waitUntil("dialog open", () -> robot.lookup("#change-passphrase-dialog").tryQuery().isPresent());
        String fresh = "quiet moon cradle song";
        robot.clickOn("#change-current").write("wrong current one");
        robot.clickOn("#change-new").write(fresh);
        robot.clickOn("#change-confirmation").write(fresh);
        Node dialogPane = robot.lookup("#change-passphrase-dialog").query();
        Screenshots.save(dialogPane.getScene(), "09-change-passphrase");
        robot.clickOn("#change-button");
        waitUntil("wrong current passphrase", () -> showing("#change-error"));

        robot.clickOn("#change-current").write(PASS);
        robot.clickOn("#change-new").write(fresh);
        robot.clickOn("#change-confirmation").write(fresh);
        robot.clickOn("#change-button");
        waitUntil("dialog closed", () -> robot.lookup("#change-passphrase-dialog").tryQuery().isEmpty());

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitUntil("locked", () -> robot.lookup("#unlock-screen").tryQuery().isPresent());
        unlockWith(PASS);
        waitUntil("old passphrase refused", () -> text("#unlock-message").startsWith("Wrong passphrase"));
        unlockWith(fresh);
        waitUntil("new passphrase opens", () -> window.shell() != null);
    }

    @Test
    void autoLockAlsoClosesAnOpenDialog() throws Exception {
        prepareVault();
        open(true);
        unlockWith(PASS);
        waitUntil("unlocked", () -> window.shell() != null);
        robot.clickOn("#nav-settings");
        scrollToBottom();
        robot.clickOn("#change-passphrase-button");
        waitUntil("dialog open", () -> robot.lookup("#change-passphrase-dialog").tryQuery().isPresent());
        ui.clock.advance(Duration.ofMinutes(14));
        robot.clickOn("#change-current").write("typing counts as use");
        ui.clock.advance(Duration.ofMinutes(14));
        Thread.sleep(300);
        assertTrue(onFx(() -> window.shell() != null && !window.shell().sessionLock().isLocked()), "typing in the dialog kept it unlocked");
        ui.clock.advance(Duration.ofMinutes(2));
        waitUntil("auto-locked", () -> robot.lookup("#unlock-screen").tryQuery().isPresent());
        waitUntil("the dialog went with the session", () -> robot.lookup("#change-passphrase-dialog").tryQuery().isEmpty());
    }

    @Test
    void theNightThemeIsKeptInTheVaultAndStaysDimOnTheLockScreen() throws Exception {
        prepareVault();
        open(true);
        unlockWith(PASS);
        waitUntil("unlocked", () -> window.shell() != null);
        robot.clickOn("#nav-settings");
        @SuppressWarnings("unchecked")
        ChoiceBox<Theme> choice = find("#theme-choice", ChoiceBox.class);
        fx(() -> choice.setValue(Theme.DARK));
        waitUntil("dark applied", () -> window.scene().getStylesheets().stream().anyMatch(s -> s.endsWith("theme-dark.css")));
        Screenshots.save(window.scene(), "13-dark-settings");
        fx(() -> choice.setValue(Theme.NIGHT));
        waitUntil("night applied", () -> window.scene().getStylesheets().stream().anyMatch(s -> s.endsWith("theme-night.css")));
        Screenshots.save(window.scene(), "11-night-settings");
        ui.drainTasks();

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitUntil("locked", () -> robot.lookup("#unlock-screen").tryQuery().isPresent());
        assertTrue(onFx(() -> window.scene().getStylesheets().stream().anyMatch(s -> s.endsWith("theme-night.css"))),
                "no bright flash on the lock screen");
        Screenshots.save(window.scene(), "12-night-unlock");
        try (VaultSession reopened = VaultSession.unlock(dir, PASS.toCharArray(), ui.context.vaultOptions())) {
            assertEquals(Optional.of("NIGHT"), new SettingsRepository(reopened.database()).get("ui.theme"));
        }
    }

    @Test
    void closingTheWindowSavesLocksAndReleasesTheVault() throws Exception {
        prepareVault();
        open(true);
        unlockWith(PASS);
        waitUntil("unlocked", () -> window.shell() != null);
        ShellViewModel shell = onFx(window::shell);
        fx(() -> shell.changeAutoLock(5));
        Stage stage = (Stage) window.scene().getWindow();
        fx(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntil("the window closed", () -> !stage.isShowing());
        assertTrue(shell.sessionLock().isLocked());
        try (VaultSession reopened = VaultSession.unlock(dir, PASS.toCharArray(), ui.context.vaultOptions())) {
            assertEquals(Optional.of("5"), new SettingsRepository(reopened.database()).get(AutoLockSetting.KEY));
        }
    }

    @Test
    void closingWhileTheDiskFailsAsksBeforeLosingChanges() throws Exception {
        prepareVault();
        open(true);
        unlockWith(PASS);
        waitUntil("unlocked", () -> window.shell() != null);
        ShellViewModel shell = onFx(window::shell);
        ui.diskFull.set(true);
        fx(() -> shell.changeAutoLock(5));
        waitUntil("not saved", () -> text("#save-status").equals("Not saved"));
        Stage stage = (Stage) window.scene().getWindow();
        fx(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntil("asked", () -> robot.lookup("#close-dialog").tryQuery().isPresent());
        Node dialog = robot.lookup("#close-dialog").query();
        Screenshots.save(dialog.getScene(), "10-close-not-saved");
        robot.clickOn("Keep Nestling open");
        waitUntil("dialog gone", () -> robot.lookup("#close-dialog").tryQuery().isEmpty());
        assertTrue(stage.isShowing(), "kept open");
        assertFalse(shell.sessionLock().isLocked());

        fx(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntil("asked again", () -> robot.lookup("#close-dialog").tryQuery().isPresent());
        robot.clickOn("Close without saving");
        waitUntil("the window closed", () -> !stage.isShowing());
        VaultSession.unlock(dir, PASS.toCharArray(), ui.context.vaultOptions()).close();
    }

    /** Lets queued FX events run. */
    static final class WaitForFx {
        static void settle() {
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        }
    }


    /** The security card sits below the family's settings: scroll it into view as a parent would. */
    private void scrollToBottom() {
        ui.drainTasks();
        UiTesting.fx(() -> robot.lookup("#content").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1.0));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
