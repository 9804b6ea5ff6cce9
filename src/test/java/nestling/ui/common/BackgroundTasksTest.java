package nestling.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class BackgroundTasksTest {
    private final BackgroundTasks tasks = new BackgroundTasks();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    @Test
    void workRunsOffTheFxThreadAndTheResultArrivesOnIt() throws Exception {
        CompletableFuture<Boolean> workOnFx = new CompletableFuture<>();
        CompletableFuture<Boolean> resultOnFx = new CompletableFuture<>();
        CompletableFuture<Boolean> daemon = new CompletableFuture<>();
        tasks.run(() -> {
            workOnFx.complete(Platform.isFxApplicationThread());
            daemon.complete(Thread.currentThread().isDaemon());
            return 42;
        }, value -> resultOnFx.complete(Platform.isFxApplicationThread() && value == 42), resultOnFx::completeExceptionally);
        assertFalse(workOnFx.get(5, TimeUnit.SECONDS));
        assertTrue(daemon.get(5, TimeUnit.SECONDS));
        assertTrue(resultOnFx.get(5, TimeUnit.SECONDS));
    }

    @Test
    void failuresArriveOnTheFxThreadWithTheirCause() throws Exception {
        CompletableFuture<Throwable> failure = new CompletableFuture<>();
        CompletableFuture<Boolean> onFx = new CompletableFuture<>();
        tasks.run(() -> {
            throw new IOException("disk gone");
        }, value -> failure.complete(null), error -> {
            onFx.complete(Platform.isFxApplicationThread());
            failure.complete(error);
        });
        Throwable error = failure.get(5, TimeUnit.SECONDS);
        assertInstanceOf(IOException.class, error);
        assertEquals("disk gone", error.getMessage());
        assertTrue(onFx.get(5, TimeUnit.SECONDS));
    }

    @Test
    void tasksRunInTheOrderTheyWereStarted() throws Exception {
        StringBuffer order = new StringBuffer();
        CompletableFuture<String> done = new CompletableFuture<>();
        tasks.run(() -> {
            Thread.sleep(100);
            order.append("write;");
            return null;
        }, v -> { }, e -> { });
        tasks.run(() -> order.append("lock;").toString(), done::complete, done::completeExceptionally);
        assertEquals("write;lock;", done.get(5, TimeUnit.SECONDS));
    }
}
