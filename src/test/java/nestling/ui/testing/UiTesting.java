package nestling.ui.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import nestling.ui.common.BackgroundTasks;
import nestling.ui.common.UiContext;
import nestling.vault.AtomicFileWriter;
import nestling.vault.VaultOptions;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A UI context for tests (fast KDF, a hand-moved clock, a short tick, a switchable full disk) and
 * helpers to act and wait on the FX thread.
 */
public final class UiTesting {
    public static final String PASS = "gentle otter lullaby";

    public final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T03:00:00Z"));
    /** While true, every save fails as a full disk would. */
    public final AtomicBoolean diskFull = new AtomicBoolean();
    /** While true, a vault folder counts as read-only when a vault opens (as a read-only mount would). */
    public final AtomicBoolean readOnlyFolder = new AtomicBoolean();
    /** A further fault a test injects into every atomic write (a stick pulled at a chosen step). */
    public volatile AtomicFileWriter.Faults moreFaults = AtomicFileWriter.Faults.NONE;
    public final UiContext context;

    public UiTesting(Path vaultDirectory) {
        this(vaultDirectory, UiContext.defaultBundle());
    }

    /** As above, with the window's texts from {@code bundle} (a German test passes the German one). */
    public UiTesting(Path vaultDirectory, java.util.ResourceBundle bundle) {
        VaultOptions options = VaultOptions.defaults().withFastKdfForTests().withClock(clock).withFaults(step -> {
            if (diskFull.get() && step == AtomicFileWriter.Step.WRITE_BLOCK) {
                throw new IOException("No space left on device");
            }
            moreFaults.before(step);
        }).withFolderWritable(folder -> !readOnlyFolder.get() && java.nio.file.Files.isWritable(folder));
        context = new UiContext(bundle, vaultDirectory, options, new BackgroundTasks(), clock,
                Duration.ofMillis(40));
    }

    /** Waits until every background task started so far has finished (the worker runs them in order). */
    public void drainTasks() {
        drainTasks(context);
    }

    /** Waits until {@code context}'s background tasks queued so far and what they queued on the FX thread are done. */
    public static void drainTasks(nestling.ui.common.UiContext context) {
        java.util.concurrent.CompletableFuture<Object> done = new java.util.concurrent.CompletableFuture<>();
        fx(() -> context.tasks().run(() -> "drained", done::complete, done::completeExceptionally));
        try {
            done.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("background tasks did not finish", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Runs {@code action} on the FX thread and waits for it and the events it queued. */
    public static void fx(Runnable action) {
        try {
            WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("FX action failed", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    public static <T> T onFx(Callable<T> query) {
        try {
            return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("FX query failed", e);
        }
    }

    /** Waits (up to 10 s) until {@code condition}, evaluated on the FX thread, holds. */
    public static void waitUntil(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
