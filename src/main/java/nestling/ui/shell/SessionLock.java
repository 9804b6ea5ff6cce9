package nestling.ui.shell;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import nestling.store.SaveStatus;
import nestling.store.VaultSession;
import nestling.ui.common.UiContext;
import nestling.vault.VaultEraser;

/**
 * How the unlocked session ends: locking (by hand, Ctrl+L, or after the idle time), locking before
 * the window closes, closing without saving, and "Erase everything". Once locked, nothing more of
 * the session may be shown or changed; the shell asks {@link #isLocked()} before it does.
 */
public final class SessionLock {
    private final UiContext context;
    private final VaultSession session;
    private final Runnable onLocked;
    private final Runnable onErased;
    private final IdleTimer idle;
    /** Opened from a folder that cannot be written: locking closes without saving. */
    private final boolean readOnly;
    private final ReadOnlyStringWrapper lockError = new ReadOnlyStringWrapper(this, "lockError", "");
    private final BooleanProperty locking = new SimpleBooleanProperty(this, "locking");
    private boolean locked;

    /**
     * @param onLocked shows the unlock screen once the session is locked
     * @param onErased shows the create-vault screen after "Erase everything"
     */
    SessionLock(UiContext context, VaultSession session, boolean readOnly, Runnable onLocked, Runnable onErased,
            Duration idleLimit) {
        this.context = context;
        this.readOnly = readOnly;
        this.session = Objects.requireNonNull(session);
        this.onLocked = Objects.requireNonNull(onLocked);
        this.onErased = Objects.requireNonNull(onErased);
        this.idle = new IdleTimer(context.clock(), idleLimit);
    }

    /**
     * Saves, drops the database and keys, then returns to the unlock screen; stays unlocked if the
     * save fails. A read-only vault locks without saving: its changes could never be kept.
     */
    public void lock() {
        lock(onLocked, reason -> { });
    }

    /**
     * Locks before the window closes: {@code closed} runs once everything is saved and dropped;
     * {@code refused} gets the reason when the save fails (the session then stays open).
     */
    public void lockForExit(Runnable closed, Consumer<String> refused) {
        lock(closed, refused);
    }

    /** Drops the session even though the last changes could not be saved (the parent chose to quit). */
    public void closeWithoutSaving(Runnable closed) {
        locked = true;
        session.saver().onStatus(status -> { });
        context.tasks().run(() -> {
            session.close();
            return null;
        }, done -> closed.run(), failure -> closed.run());
    }

    /**
     * Erase everything: drops the unlocked vault (nothing more is saved), then deletes the vault,
     * its snapshots and the log; files Nestling did not write stay. Then the create screen shows.
     */
    public void eraseEverything(Runnable erased, Consumer<Throwable> failed) {
        if (locking.get() || locked || session.copyMadeAt().isPresent()) {
            return; // a copy's window must never touch this computer's vault
        }
        locking.set(true);
        session.saver().onStatus(status -> { });
        context.tasks().run(() -> {
            session.close();
            return VaultEraser.erase(context.vaultDirectory());
        }, result -> {
            locking.set(false);
            locked = true;
            erased.run();
            onErased.run();
        }, failure -> {
            locking.set(false);
            locked = true;
            failed.accept(failure);
            // The session is closed either way: what is left of the vault opens from the unlock screen.
            onLocked.run();
        });
    }

    private void lock(Runnable after, Consumer<String> refused) {
        if (locking.get() || locked) {
            return;
        }
        locking.set(true);
        lockError.set("");
        context.tasks().run(() -> {
            if (readOnly) {
                // Nothing can ever be saved here, and the band said so: locking (auto-lock too) must
                // still work, or the window would stay open on the family's data for good.
                session.close();
            } else {
                session.lock();
            }
            return null;
        }, done -> {
            locking.set(false);
            locked = true;
            session.saver().onStatus(status -> { });
            after.run();
        }, failure -> {
            locking.set(false);
            idle.touch();
            String reason = reasonNow();
            boolean shownAlready = session.saver().status() instanceof SaveStatus.NotSaved;
            lockError.set(shownAlready ? context.text("lock.failed")
                    : context.text("lock.failed") + " " + reason);
            refused.accept(reason);
        });
    }

    private String reasonNow() {
        return session.saver().status() instanceof SaveStatus.NotSaved notSaved
                ? context.text(nestling.ui.common.SaveFailureTexts.key(notSaved.failure())) : context.text("lock.failed.unknown");
    }

    /** The parent did something: the idle time starts again. */
    public void activity() {
        idle.touch();
    }

    /** Locks if the window has been idle for the set time; the view calls this on every tick. */
    public void checkIdle() {
        if (!locked && idle.expired()) {
            lock();
        }
    }

    /** A new idle time before auto-lock ({@link Duration#ZERO}: never); it counts from now. */
    void idleLimit(Duration limit) {
        idle.limit(limit);
    }

    /** Shows {@code text} in the lock banner (also where a setting that could not be stored says so). */
    void showError(String text) {
        lockError.set(text);
    }

    public void dismissLockError() {
        lockError.set("");
    }

    /** True once the session is locked, closed or erased: nothing of it may be shown or changed. */
    public boolean isLocked() {
        return locked;
    }

    public ReadOnlyStringProperty lockErrorProperty() {
        return lockError.getReadOnlyProperty();
    }

    /** True while a lock or an erase runs. */
    public ReadOnlyBooleanProperty lockingProperty() {
        return locking;
    }
}
