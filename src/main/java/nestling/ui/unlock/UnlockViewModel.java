package nestling.ui.unlock;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nestling.journal.InboxMerge;
import nestling.store.VaultSession;
import nestling.ui.common.Formats;
import nestling.ui.common.Passphrases;
import nestling.ui.common.Problems;
import nestling.ui.common.UiContext;
import nestling.vault.KdfMemory;
import nestling.vault.Snapshot;
import nestling.vault.Snapshots;
import nestling.vault.VaultException;
import nestling.vault.VaultOptions;
import nestling.vault.VaultProblem;

/**
 * Unlocking: one passphrase field, a clear message per {@link VaultProblem}, a growing wait after
 * repeated wrong passphrases, and, when the file is damaged, the snapshots to open instead.
 */
public final class UnlockViewModel {
    /**
     * What the window reads right after the vault opened, in the unlock's own background step, so
     * that its first screen is built once, filled (see nestling.ui.shell.ShellStart).
     */
    @FunctionalInterface
    public interface Preparation<T> {
        T prepare(VaultSession session) throws Exception;
    }

    private final UiContext context;
    /** Turns an opened session into the FX step that shows it, reading what the window asked for first. */
    private final java.util.function.Function<VaultSession, Runnable> prepared;
    private final StringProperty passphrase = new SimpleStringProperty(this, "passphrase", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObjectProperty<VaultProblem> problem = new SimpleObjectProperty<>(this, "problem");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final LongProperty waitSeconds = new SimpleLongProperty(this, "waitSeconds");
    private final ReadOnlyStringWrapper waitText = new ReadOnlyStringWrapper(this, "waitText", "");
    private final ObservableList<Snapshot> snapshots = FXCollections.observableArrayList();
    private final BooleanBinding canUnlock;
    private final BooleanBinding canOpenSnapshot;
    private final UnlockAttempts attempts;
    /** The warm-up's Argon2 blocks, from the first character typed until Return (or the field is emptied). */
    private KdfMemory warmed;
    /** What the window rehearses while a parent types (nestling.ui.shell); none by default. */
    private Rehearsal rehearsal = () -> () -> { };
    /** Stops the rehearsal started by the first character typed. */
    private Runnable stopRehearsal = () -> { };

    /**
     * Work the window does on throwaway data while a parent types, so that the same work after the
     * unlock runs faster (issue 20); it must never hold up the unlock itself.
     */
    @FunctionalInterface
    public interface Rehearsal {
        /** Starts it (on the FX thread) and returns what stops it: the unlock has started. */
        Runnable start();
    }

    public UnlockViewModel(UiContext context, UnlockAttempts attempts, Consumer<VaultSession> onUnlocked) {
        this(context, attempts, session -> null, (session, nothing) -> {
            session.compactInBackground(); // queued on the saver's thread: nothing waits for it here
            onUnlocked.accept(session);
        });
        Objects.requireNonNull(onUnlocked);
    }

    /**
     * @param prepare runs on the background worker after the vault opened (and its inbox merged); a
     *     failure there only costs its head start: {@code onUnlocked} is then given null
     * @param onUnlocked on the FX thread, with the session and what {@code prepare} read; it asks for
     *     the session's {@link VaultSession#compactInBackground} once the first screen is drawn
     */
    public <T> UnlockViewModel(UiContext context, UnlockAttempts attempts, Preparation<T> prepare,
            java.util.function.BiConsumer<VaultSession, T> onUnlocked) {
        this(context, attempts, prepare, onUnlocked, () -> VaultSession.warmUpWhileTyping(context.vaultOptions()));
    }

    /**
     * @param warmUp what the first character typed starts (the key derivation's warm-up); the
     *     memory it gives (or null) is what the unlock derives in
     */
    <T> UnlockViewModel(UiContext context, UnlockAttempts attempts, Preparation<T> prepare,
            java.util.function.BiConsumer<VaultSession, T> onUnlocked, Supplier<KdfMemory> warmUp) {
        this.context = context;
        this.attempts = Objects.requireNonNull(attempts);
        Objects.requireNonNull(prepare);
        Objects.requireNonNull(onUnlocked);
        this.prepared = session -> {
            T read;
            try {
                read = prepare.prepare(session);
            } catch (Exception | LinkageError e) {
                read = null; // the window reads it again itself
            }
            T ready = read;
            return () -> onUnlocked.accept(session, ready);
        };
        canUnlock = Bindings.createBooleanBinding(
                () -> !busy.get() && waitSeconds.get() == 0 && !passphrase.get().isEmpty(), busy, waitSeconds, passphrase);
        canOpenSnapshot = Bindings.createBooleanBinding(
                () -> !busy.get() && !snapshots.isEmpty() && !passphrase.get().isEmpty(), busy, snapshots, passphrase);
        warmUpWhenTypingStarts(warmUp);
        tick();
    }

    /**
     * The first character typed starts the key derivation's warm-up (KdfWarmup), once per lock
     * screen: the seconds a parent spends typing make the unlock after Return 150 to 200 ms shorter.
     */
    private void warmUpWhenTypingStarts(Supplier<KdfMemory> warmUp) {
        passphrase.addListener(new ChangeListener<String>() {
            @Override
            public void changed(ObservableValue<? extends String> typed, String before, String now) {
                if (!now.isEmpty()) {
                    passphrase.removeListener(this);
                    // typed and then wiped: the blocks are not kept waiting
                    passphrase.subscribe(text -> {
                        if (text.isEmpty() && !busy.get()) {
                            warmed = null;
                        }
                    });
                    // a passphrase pasted whole (a password manager) is unlocked at once: a
                    // warm-up then would only share the processor with the real derivation
                    if (now.length() == 1) {
                        warmed = warmUp.get();
                        stopRehearsal = rehearsal.start();
                    }
                }
            }
        });
    }

    /**
     * Has the first character typed (not a pasted passphrase) also start {@code rehearsal}, which
     * the unlock stops.
     */
    public void rehearseWhileTyping(Rehearsal rehearsal) {
        this.rehearsal = Objects.requireNonNull(rehearsal);
    }

    /** Unlocks with what is typed; the field is cleared at once and the copy wiped after the attempt. */
    public void unlock() {
        if (!canUnlock.get()) {
            return;
        }
        // the warm-up's blocks are this attempt's; a retry allocates afresh (its code compiled by then)
        VaultOptions options = warmed == null ? context.vaultOptions() : context.vaultOptions().withKdfMemory(warmed);
        warmed = null;
        stopRehearsal.run();
        char[] typed = takePassphrase();
        start(() -> {
            VaultSession session;
            try {
                session = VaultSession.unlockReleasingHeapLater(context.vaultDirectory(), typed, options);
            } finally {
                Passphrases.wipe(typed);
            }
            // what was logged while locked joins the journal before the window reads it
            session.noteAtUnlock(InboxMerge.afterUnlock(session, context.vaultOptions().clock()).notices());
            Runnable r = prepared.apply(session);
            return r;
        });
    }

    /**
     * Opens the newest snapshot that opens with the typed passphrase, trying older ones when a
     * snapshot is damaged too. The opened snapshot becomes the vault again; the damaged file is kept.
     */
    public void openNewestGoodSnapshot() {
        if (!canOpenSnapshot.get()) {
            return;
        }
        stopRehearsal.run();
        char[] typed = takePassphrase();
        List<Snapshot> candidates = List.copyOf(snapshots);
        start(() -> {
            try {
                VaultException last = null;
                for (Snapshot snapshot : candidates) {
                    try {
                        return prepared.apply(VaultSession.unlockSnapshot(context.vaultDirectory(), snapshot, typed,
                                context.vaultOptions()));
                    } catch (VaultException e) {
                        if (!e.problem().isDamage()) {
                            throw e;
                        }
                        last = e;
                    }
                }
                throw last;
            } finally {
                Passphrases.wipe(typed);
            }
        });
    }

    private char[] takePassphrase() {
        char[] typed = Passphrases.copy(passphrase.get());
        passphrase.set("");
        return typed;
    }

    private void start(nestling.ui.common.BackgroundTasks.Work<Runnable> work) {
        busy.set(true);
        message.set(context.text("unlock.working"));
        context.tasks().run(work, this::unlocked, this::failed);
    }

    /** @param show hands the session (and what was read with it) to the window */
    private void unlocked(Runnable show) {
        busy.set(false);
        attempts.succeeded();
        message.set("");
        problem.set(null);
        snapshots.clear();
        show.run();
    }

    private void failed(Throwable failure) {
        busy.set(false);
        VaultProblem found = Problems.problemOf(failure);
        problem.set(found);
        message.set(Problems.text(context.bundle(), failure));
        if (found == VaultProblem.WRONG_PASSPHRASE) {
            attempts.failed();
            tick();
        } else if (found != null && found.isDamage()) {
            loadSnapshots();
        }
    }

    private void loadSnapshots() {
        context.tasks().run(() -> Snapshots.list(context.vaultDirectory()), found -> {
            snapshots.setAll(found);
            if (found.isEmpty()) {
                message.set(message.get() + " " + context.text("unlock.snapshot.none"));
            }
        }, failure -> {
            snapshots.clear();
            message.set(message.get() + " " + context.text("unlock.snapshot.none"));
        });
    }

    /** Updates the countdown from the clock; the view calls this on every tick. */
    public void tick() {
        long seconds = Formats.secondsRoundedUp(attempts.untilNextTry());
        waitSeconds.set(seconds);
        waitText.set(seconds == 0 ? "" : context.formats().message("unlock.wait", seconds));
    }

    public String describe(Snapshot snapshot) {
        return context.formats().message("unlock.snapshot.item",
                context.formats().dateTime(snapshot.savedAt()), snapshot.generation());
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<VaultProblem> problemProperty() {
        return problem;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyLongProperty waitSecondsProperty() {
        return waitSeconds;
    }

    public ReadOnlyStringProperty waitTextProperty() {
        return waitText.getReadOnlyProperty();
    }

    /** Snapshots newest first, filled when the vault file turned out damaged. */
    public ObservableList<Snapshot> snapshots() {
        return FXCollections.unmodifiableObservableList(snapshots);
    }

    public ObservableBooleanValue canUnlock() {
        return canUnlock;
    }

    public ObservableBooleanValue canOpenSnapshot() {
        return canOpenSnapshot;
    }

    public int failures() {
        return attempts.failures();
    }
}
