package nestling.ui.common;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs slow work (crypto, file I/O, queries) off the FX thread on one executor of daemon threads,
 * and hands the result or the failure back on the FX thread. Every screen uses this one helper.
 *
 * <p>By default there is one worker, so tasks run in the order they were started: a lock started
 * after a write runs after that write has committed, never beside it.
 */
public final class BackgroundTasks implements AutoCloseable {
    /** Work that may throw; runs on a background thread. */
    @FunctionalInterface
    public interface Work<T> {
        T call() throws Exception;
    }

    private final ExecutorService executor;

    public BackgroundTasks() {
        this(1);
    }

    public BackgroundTasks(int threads) {
        this.executor = Executors.newFixedThreadPool(threads, daemonThreads());
    }

    /**
     * Starts {@code work}; exactly one of {@code onSuccess} and {@code onFailure} is then called on
     * the FX thread (neither if the task is cancelled).
     */
    public <T> Task<T> run(Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        Objects.requireNonNull(work);
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        executor.execute(task);
        return task;
    }

    /** Stops accepting work; running tasks are interrupted. */
    @Override
    public void close() {
        executor.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread thread = new Thread(r, "nestling-ui-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
