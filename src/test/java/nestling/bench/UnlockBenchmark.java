package nestling.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import nestling.store.VaultSession;
import nestling.ui.common.BackgroundTasks;
import nestling.ui.common.UiContext;
import nestling.ui.shell.MainWindow;
import nestling.vault.Argon2Kdf;
import nestling.vault.KdfParameters;
import nestling.vault.VaultOptions;

/**
 * Unlock to Today in the real window (issue 20: budget KDF + 150 ms at 10k entries): a vault of N
 * entries made with the real KDF settings, the window on the Headless platform, the passphrase typed
 * into the unlock screen and Unlock pressed; the time until Today's totals show the loaded data and
 * that frame has been drawn. Locked and unlocked again for each round: the first unlock is the one a
 * parent waits for after starting Nestling (nothing compiled yet), the later ones are after Ctrl+L.
 */
final class UnlockBenchmark implements Benchmark {
    private static final String PASS = "unlock benchmark passphrase";
    private static final int ROUNDS = 6;

    @Override
    public String name() {
        return "unlock";
    }

    @Override
    public ResultTable run(BenchContext context) throws Exception {
        System.setProperty("glass.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        ResultTable table = new ResultTable("Unlock to Today drawn, real window (Headless), vault with the real KDF",
                "entries", "first unlock ms", "later unlocks median ms", "KDF alone ms", "first − KDF ms");
        for (int size : context.sizes()) {
            Path directory = Files.createDirectories(context.scratch().resolve("unlock-" + size));
            try (VaultSession session = VaultSession.create(directory, PASS.toCharArray(), VaultOptions.defaults())) {
                InsightsFiller.fill(session.database(), size, LocalDate.now());
                session.flush();
            }
            UiContext ui = new UiContext(UiContext.defaultBundle(), directory, VaultOptions.defaults(), new BackgroundTasks(),
                    Clock.system(InsightsFiller.ZONE), Duration.ofMillis(250));
            MainWindow window = onFx(() -> {
                Stage stage = new Stage();
                MainWindow opened = new MainWindow(ui, stage, 1024, 640);
                opened.start(true);
                stage.show();
                return opened;
            });
            List<Double> times = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                times.add(unlockToToday(window));
                onFx(() -> {
                    window.shell().sessionLock().lock();
                    return null;
                });
                waitFor(() -> onFx(() -> window.scene().lookup("#unlock-passphrase") != null));
            }
            onFx(() -> {
                ((Stage) window.scene().getWindow()).close();
                return null;
            });
            ui.tasks().close();
            double kdf = kdfMillis();
            Samples later = Samples.of(times.subList(1, times.size()).stream().mapToLong(ms -> (long) (ms * 1e6)).toArray());
            table.row(String.valueOf(size), times.getFirst(), later.medianMillis(), kdf, times.getFirst() - kdf);
        }
        return table.note(String.format(Locale.ROOT, "%d unlocks per size; the KDF measured alone in the same JVM after"
                + " them (compiled by then, so the first unlock's share of it is larger). Budget: KDF + 150 ms.", ROUNDS));
    }

    private static double unlockToToday(MainWindow window) throws Exception {
        CompletableFuture<Long> drawn = new CompletableFuture<>();
        long start = onFx(() -> {
            Scene scene = window.scene();
            ((TextField) scene.lookup("#unlock-passphrase")).setText(PASS);
            long pressed = System.nanoTime();
            ((Button) scene.lookup("#unlock-button")).fire();
            Runnable[] check = new Runnable[1];
            check[0] = () -> {
                if (scene.lookup("#today-totals") instanceof Label totals && !totals.getText().isBlank()) {
                    scene.removePostLayoutPulseListener(check[0]);
                    Platform.runLater(() -> drawn.complete(System.nanoTime())); // after this pulse is drawn
                }
            };
            scene.addPostLayoutPulseListener(check[0]);
            return pressed;
        });
        return (drawn.get(60, TimeUnit.SECONDS) - start) / 1e6;
    }

    private static double kdfMillis() {
        KdfParameters parameters = KdfParameters.freshDefaults(new java.security.SecureRandom());
        long start = System.nanoTime();
        Argon2Kdf.derive(PASS.toCharArray(), parameters).close();
        return (System.nanoTime() - start) / 1e6;
    }

    private interface FxWork<T> {
        T get() throws Exception;
    }

    private static <T> T onFx(FxWork<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void waitFor(Condition condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the window did not get there within 30 s");
            }
            Thread.sleep(20);
        }
    }
}
