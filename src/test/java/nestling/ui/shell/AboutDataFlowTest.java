package nestling.ui.shell;

import nestling.ui.testing.TestRobot;
import static nestling.ui.testing.UiTesting.PASS;
import static nestling.ui.testing.UiTesting.onFx;
import static nestling.ui.testing.UiTesting.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import nestling.store.VaultSession;
import nestling.ui.testing.Screenshots;
import nestling.ui.testing.UiTesting;
import nestling.vault.Vault;
import nestling.vault.VaultLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** "About your data" and "Erase everything" on the Headless platform, with a real vault folder. */
class AboutDataFlowTest {
    @TempDir
    Path parent;

    private Path dir;
    private final FxRobot robot = new TestRobot();
    private UiTesting ui;
    private MainWindow window;

    @BeforeEach
    void setUp() throws Exception {
        dir = parent.resolve("nestling");
        ui = new UiTesting(dir);
        FxToolkit.registerPrimaryStage();
        try (VaultSession session = VaultSession.create(dir, PASS.toCharArray(), ui.context.vaultOptions())) {
            session.database().write(c -> c.createStatement().executeUpdate(
                    "INSERT INTO setting(key, value) VALUES ('about.test', 'x')"));
            session.flush();
        }
        Files.createDirectories(dir.resolve(VaultLocation.LOG_DIRECTORY));
        Files.writeString(dir.resolve(VaultLocation.LOG_DIRECTORY).resolve("nestling.0.log"), "INFO unlocked\n");
        FxToolkit.setupStage(stage -> {
            window = new MainWindow(ui.context, stage, 960, 700);
            window.start(true);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#unlock-passphrase").write(PASS).type(KeyCode.ENTER);
        waitUntil("unlocked", () -> window.shell() != null);
        robot.clickOn("#nav-about");
        ui.drainTasks();
    }

    @AfterEach
    void tearDown() throws Exception {
        ShellViewModel shell = onFx(window::shell);
        if (shell != null && !shell.sessionLock().isLocked()) {
            shell.session().close();
        }
        FxToolkit.cleanupStages();
        ui.context.tasks().close();
    }

    private String text(String id) {
        return onFx(() -> robot.lookup(id).queryAs(Labeled.class).getText());
    }

    @Test
    void showsWhereTheDataIsAndThatNothingIsSent() {
        assertEquals(dir.toString(), text("#about-folder"));
        assertTrue(text("#about-vault-size").matches("[1-9]\\d* KB"), text("#about-vault-size"));
        assertTrue(text("#about-snapshots").contains("snapshot"), text("#about-snapshots"));
        assertTrue(text("#about-promise-text").contains("never sends anything"));
        assertTrue(text("#about-deleted-text").contains("until they age out"), "says deleted entries linger in snapshots");
        assertTrue(text("#about-credit-text").contains("WHO Child Growth Standards"));
        Screenshots.save(window.scene(), "20-about-your-data");
    }

    @Test
    void eraseNeedsTheTypedWordThenDeletesEverythingAndOffersANewVault() throws Exception {
        Path foreign = Files.writeString(dir.resolve("family-photo.jpg"), "not Nestling's");
        // The erase card is at the bottom of the page: scroll it into view as a parent would.
        UiTesting.fx(() -> robot.lookup("#content").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1.0));
        WaitForAsyncUtils.waitForFxEvents();
        Button erase = robot.lookup("#erase-button").queryAs(Button.class);
        assertTrue(erase.isDisabled(), "nothing typed");
        robot.clickOn("#erase-confirmation").write("eras");
        assertTrue(erase.isDisabled(), "half the word is not enough");
        robot.write("e");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(erase.isDisabled());
        Screenshots.save(window.scene(), "21-erase-confirmation");

        robot.clickOn("#erase-button");
        waitUntil("the create screen shows", () -> window.shell() == null
                && robot.lookup("#create-button").tryQuery().isPresent());
        assertFalse(Vault.exists(dir));
        assertFalse(Files.exists(dir.resolve(VaultLocation.SNAPSHOT_DIRECTORY)));
        assertFalse(Files.exists(dir.resolve(VaultLocation.LOG_DIRECTORY)));
        assertTrue(Files.exists(foreign), "a file Nestling did not write is never deleted");
    }
}
