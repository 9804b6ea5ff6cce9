package nestling.ui.shell;

import nestling.ui.testing.TestRobot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Opens the real application on the Headless platform and checks the window and first screen. */
class MainWindowSmokeTest {

    @TempDir
    Path vaultDirectory;

    private javafx.application.Application application;

    @AfterEach
    void closeApplication() throws Exception {
        FxToolkit.cleanupApplication(application);
        FxToolkit.cleanupStages();
    }

    @Test
    void opensTitledWindowOnTheCreateVaultScreenWhenNoVaultExists() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        application = FxToolkit.setupApplication(NestlingApplication.class, NestlingApplication.vaultArgument(vaultDirectory));

        FxRobot robot = new TestRobot();
        assertEquals("Nestling", stage.getTitle());
        assertTrue(stage.isShowing());
        assertTrue(stage.getWidth() >= 800 && stage.getHeight() >= 560, "a sensible size");
        Label heading = robot.lookup("#unlock-heading").queryAs(Label.class);
        assertEquals("Create your family's vault", heading.getText());
    }
}
