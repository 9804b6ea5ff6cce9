package nestling.ui.shell;

import java.nio.file.Path;
import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import nestling.ui.unlock.UnlockView;

/** The JavaFX application: one window titled "Nestling" that starts on the unlock screen. */
public final class NestlingApplication extends Application {
    static final String VAULT_PARAMETER = "vault";
    static final String BACKUP_PARAMETER = "backup";
    /** The window icon in the sizes window managers pick from (generated from packaging/common/icons). */
    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256};
    public static final double WIDTH = 1100;
    public static final double HEIGHT = 720;

    /** The launch argument that tells the application which vault directory to use. */
    public static String vaultArgument(Path vaultDirectory) {
        return "--" + VAULT_PARAMETER + "=" + vaultDirectory.toAbsolutePath();
    }

    /**
     * The launch argument naming a backup file opened from the desktop ({@code .nestling}). The
     * window does not offer restore or merge yet (that comes with the backup screens); the path is
     * kept in {@link #backupFile()} for them.
     */
    public static String backupArgument(Path backupFile) {
        return "--" + BACKUP_PARAMETER + "=" + backupFile.toAbsolutePath();
    }

    /** The backup file this window was opened with, or null. */
    public Path backupFile() {
        String value = getParameters().getNamed().get(BACKUP_PARAMETER);
        return value == null ? null : Path.of(value);
    }

    @Override
    public void start(Stage stage) {
        Path vaultDirectory = Path.of(getParameters().getNamed().get(VAULT_PARAMETER));
        ResourceBundle bundle = ResourceBundle.getBundle("nestling.ui.messages");
        UnlockView unlock = new UnlockView(bundle, vaultDirectory);
        Scene scene = new Scene(unlock.root(), WIDTH, HEIGHT);
        scene.getStylesheets().add(NestlingApplication.class.getResource("/nestling/ui/nestling.css").toExternalForm());
        stage.setTitle(bundle.getString("app.title"));
        for (int size : ICON_SIZES) {
            var icon = NestlingApplication.class.getResource("/nestling/ui/icon/nestling-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon.toExternalForm()));
            }
        }
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        stage.setScene(scene);
        stage.show();
    }
}
