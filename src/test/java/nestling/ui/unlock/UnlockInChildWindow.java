package nestling.ui.unlock;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import nestling.ui.common.BackgroundTasks;
import nestling.ui.common.UiContext;
import nestling.ui.shell.MainWindow;
import nestling.vault.VaultOptions;

/**
 * The real window in a JVM of its own (the test starts it; the SQLite driver loads its native
 * library once per JVM, so only a fresh one can fail to): unlocks {@code args[0]} with the
 * passphrase {@code args[1]} in the language {@code args[2]}, then prints what the unlock screen
 * said ({@code MESSAGE <text>}) and how many failures reached the generic failure dialog
 * ({@code FAILURES <n>}).
 */
public final class UnlockInChildWindow {
    private UnlockInChildWindow() {
    }

    public static void main(String[] args) throws Exception {
        Path vault = Path.of(args[0]);
        ResourceBundle bundle = ResourceBundle.getBundle("nestling.ui.messages", Locale.forLanguageTag(args[2]));
        UiContext context = new UiContext(bundle, vault, VaultOptions.defaults(), new BackgroundTasks(),
                Clock.systemUTC(), Duration.ofMillis(100));
        CompletableFuture<MainWindow> shown = new CompletableFuture<>();
        Platform.startup(() -> {
            Stage stage = new Stage();
            MainWindow window = new MainWindow(context, stage, 1024, 640);
            window.start(true);
            stage.show();
            shown.complete(window);
        });
        MainWindow window = shown.get(30, TimeUnit.SECONDS);
        Platform.runLater(() -> {
            ((PasswordField) window.scene().lookup("#unlock-passphrase")).setText(args[1]);
            ((Button) window.scene().lookup("#unlock-button")).fire();
        });
        String working = bundle.getString("unlock.working");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String said = "";
        while (System.nanoTime() < deadline) {
            CompletableFuture<String> text = new CompletableFuture<>();
            Platform.runLater(() -> text.complete(window.shell() != null ? "UNLOCKED"
                    : ((Label) window.scene().lookup("#unlock-message")).getText()));
            said = text.get(10, TimeUnit.SECONDS);
            if (!said.isEmpty() && !said.equals(working)) {
                break;
            }
            Thread.sleep(50);
        }
        System.out.println("MESSAGE " + said.replace('\n', ' '));
        System.out.println("FAILURES " + context.failures().reportedCount());
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }
}
