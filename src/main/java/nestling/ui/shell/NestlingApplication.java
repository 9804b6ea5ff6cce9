package nestling.ui.shell;

import java.nio.file.Path;
import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nestling.ui.unlock.UnlockView;

/** The JavaFX application: one window titled "Nestling" that starts on the unlock screen. */
public final class NestlingApplication extends Application {
    static final String VAULT_PARAMETER = "vault";
    public static final double WIDTH = 1100;
    public static final double HEIGHT = 720;

    /** The launch argument that tells the application which vault directory to use. */
    public static String vaultArgument(Path vaultDirectory) {
        return "--" + VAULT_PARAMETER + "=" + vaultDirectory.toAbsolutePath();
    }

    @Override
    public void start(Stage stage) {
        Path vaultDirectory = Path.of(getParameters().getNamed().get(VAULT_PARAMETER));
        ResourceBundle bundle = ResourceBundle.getBundle("nestling.ui.messages");
        UnlockView unlock = new UnlockView(bundle, vaultDirectory);
        Scene scene = new Scene(unlock.root(), WIDTH, HEIGHT);
        scene.getStylesheets().add(NestlingApplication.class.getResource("/nestling/ui/nestling.css").toExternalForm());
        stage.setTitle(bundle.getString("app.title"));
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        stage.setScene(scene);
        stage.show();
    }
}
