package nestling.ui.shell;

import nestling.ui.testing.TestRobot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the real application on the Headless platform and checks the window, its first screen and its icons. */
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
        // the icons come after the first frame, decoded in the background: every size, each loaded
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getIcons().size() == 6);
        assertEquals(List.of(16.0, 32.0, 48.0, 64.0, 128.0, 256.0), stage.getIcons().stream().map(Image::getWidth).toList());
        assertTrue(stage.getIcons().stream().noneMatch(Image::isError));
    }
}
