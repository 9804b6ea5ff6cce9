package nestling.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import nestling.ui.common.BackgroundTasks;
import nestling.ui.common.UiContext;
import nestling.util.LocalZone;
import nestling.vault.Vault;
import nestling.vault.VaultOptions;

/** The JavaFX application: one window titled "Nestling" that starts on the create or unlock screen. */
public final class NestlingApplication extends Application {
    static final String VAULT_PARAMETER = "vault";
    static final String BACKUP_PARAMETER = "backup";
    /** The window icon in the sizes window managers pick from (generated from packaging/common/icons). */
    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256};
    public static final double WIDTH = 1100;
    public static final double HEIGHT = 720;
    static final double MIN_WIDTH = 800;
    static final double MIN_HEIGHT = 560;
    private static final Duration TICK = Duration.ofMillis(250);
    /** System property for the startup benchmark: quit as soon as the first screen shows. */
    public static final String EXIT_WHEN_SHOWN = "nestling.exitWhenShown";

    private UiContext context;
    private boolean vaultExists;

    /** The launch argument that tells the application which vault directory to use. */
    public static String vaultArgument(Path vaultDirectory) {
        return "--" + VAULT_PARAMETER + "=" + vaultDirectory.toAbsolutePath();
    }

    /**
     * The launch argument naming a backup file opened from the desktop ({@code .nestling}). After
     * unlock the Backup screen shows what it holds and offers merge or replace.
     */
    public static String backupArgument(Path backupFile) {
        return "--" + BACKUP_PARAMETER + "=" + backupFile.toAbsolutePath();
    }

    /** The backup file this window was opened with, or null. */
    public Path backupFile() {
        String value = getParameters().getNamed().get(BACKUP_PARAMETER);
        return value == null ? null : Path.of(value);
    }

    /** Runs on the launcher thread: the file check happens here, not on the FX thread. */
    @Override
    public void init() {
        Path vaultDirectory = Path.of(getParameters().getNamed().get(VAULT_PARAMETER));
        context = new UiContext(UiContext.defaultBundle(), vaultDirectory, VaultOptions.defaults(),
                new BackgroundTasks(), Clock.system(LocalZone.of(System.getenv())), TICK); // as the CLI counts
        vaultExists = Vault.exists(vaultDirectory);
    }

    @Override
    public void start(Stage stage) {
        FirstWindowSize size = FirstWindowSize.within(javafx.stage.Screen.getPrimary().getVisualBounds(), WIDTH, HEIGHT,
                MIN_WIDTH, MIN_HEIGHT);
        MainWindow window = new MainWindow(context, stage, size.width(), size.height());
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        window.openBackupAfterUnlock(backupFile());
        window.start(vaultExists);
        stage.show();
        // The icons after the first frame, decoded off the FX thread: six PNGs and their scaling
        // were about 10 ms of the window's start (issue 20); the taskbar shows them a moment later.
        FirstFrame.afterNextPulse(stage.getScene(), () -> context.tasks().run(NestlingApplication::icons,
                stage.getIcons()::setAll, failure -> { })); // no icon is no reason to stop
        FirstFrame.exitAfterFirstPulseIfAsked(stage.getScene());
        TrainingTour.startIfAsked(getParameters(), window, context);
    }

    private static List<Image> icons() {
        List<Image> icons = new ArrayList<>();
        for (int iconSize : ICON_SIZES) {
            var icon = NestlingApplication.class.getResource("/nestling/ui/icon/nestling-" + iconSize + ".png");
            if (icon != null) {
                icons.add(new Image(icon.toExternalForm()));
            }
        }
        return icons;
    }

    /**
     * The launch arguments of the AOT cache's training run: its tour of these sections, on a vault
     * with this passphrase.
     */
    public static String[] trainingTourArguments(String passphrase, List<Section> sections) {
        return TrainingTour.arguments(passphrase, sections);
    }

    @Override
    public void stop() {
        context.tasks().close();
    }
}
