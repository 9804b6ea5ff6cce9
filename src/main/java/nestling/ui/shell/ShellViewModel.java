package nestling.ui.shell;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import nestling.domain.Baby;
import nestling.journal.Journal;
import nestling.store.SaveStatus;
import nestling.store.SettingsRepository;
import nestling.store.VaultSession;
import nestling.vault.VaultEraser;
import nestling.ui.common.UiContext;
import nestling.ui.common.Theme;
import nestling.ui.settings.AutoLockSetting;
import nestling.ui.settings.Language;
import nestling.ui.settings.LanguageSetting;
import nestling.ui.settings.SettingsModel;
import nestling.ui.settings.ThemeSetting;

/**
 * The unlocked window around the screens: which section shows, the save indicator bound to the
 * saver, locking (by hand, Ctrl+L, or after the idle time), and the auto-lock setting.
 */
public final class ShellViewModel implements SettingsModel {
    private final UiContext context;
    private final VaultSession session;
    private final Runnable onLocked;
    private final Runnable onErased;
    private final AutoLockSetting autoLockSetting;
    private final ThemeSetting themeSetting;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.SYSTEM);
    private final LanguageSetting languageSetting;
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language");
    private final IdleTimer idle;
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(this, "section", Section.TODAY);
    private final ReadOnlyObjectWrapper<SaveIndicator> save = new ReadOnlyObjectWrapper<>(this, "save");
    private final ReadOnlyStringWrapper lockError = new ReadOnlyStringWrapper(this, "lockError", "");
    private final BooleanProperty locking = new SimpleBooleanProperty(this, "locking");
    private final IntegerProperty autoLockMinutes = new SimpleIntegerProperty(this, "autoLockMinutes",
            AutoLockSetting.DEFAULT_MINUTES);
    private boolean locked;
    /** Opened from a folder that cannot be written: the window says so, and no change is ever saved. */
    private final boolean readOnly;
    private boolean autoLockChosen;
    private boolean themeChosen;
    private java.nio.file.Path openedBackup;
    private final FutureEntriesNotice future;
    /** The day the History opens from next (set by the notice's "Show in History"), once. */
    private java.time.LocalDate historyFrom;
    private final Journal journal;
    private final ObservableList<Baby> babies = FXCollections.observableArrayList();
    private final ObjectProperty<Baby> currentBaby = new SimpleObjectProperty<>(this, "currentBaby");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyBooleanWrapper babiesLoaded = new ReadOnlyBooleanWrapper(this, "babiesLoaded");
    private final ReadOnlyStringWrapper undoStatus = new ReadOnlyStringWrapper(this, "undoStatus", "");

    public ShellViewModel(UiContext context, VaultSession session, Runnable onLocked) {
        this(context, session, onLocked, onLocked);
    }

    /** @param onErased shows the create-vault screen after "Erase everything" */
    public ShellViewModel(UiContext context, VaultSession session, Runnable onLocked, Runnable onErased) {
        this.context = context;
        this.session = Objects.requireNonNull(session);
        this.onLocked = Objects.requireNonNull(onLocked);
        this.onErased = Objects.requireNonNull(onErased);
        // One journal per unlocked session: its undo history belongs to the person at this window.
        this.journal = Journal.of(session.database(), context.clock());
        SettingsRepository settings = new SettingsRepository(session.database());
        this.autoLockSetting = new AutoLockSetting(settings);
        this.themeSetting = new ThemeSetting(settings);
        this.languageSetting = new LanguageSetting(settings);
        this.idle = new IdleTimer(context.clock(), AutoLockSetting.asDuration(AutoLockSetting.DEFAULT_MINUTES));
        this.readOnly = session.vault().readOnly();
        save.set(SaveIndicator.of(session.saver().status(), context.formats(), readOnly));
        session.saver().onStatus(status -> Platform.runLater(() -> showStatus(status)));
        // The stored values arrive a moment later; a choice the parent made meanwhile wins.
        context.tasks().run(autoLockSetting::minutes, minutes -> {
            if (!autoLockChosen) {
                applyAutoLock(minutes);
            }
        }, failure -> { });
        context.tasks().run(themeSetting::theme, stored -> {
            if (!themeChosen) {
                theme.set(stored);
            }
        }, failure -> { });
        context.tasks().run(languageSetting::language, language::set, failure -> { });
        refreshBabies();
        section.addListener((o, was, now) -> undoStatus.set(""));
        this.future = new FutureEntriesNotice(context, session.database());
        future.refresh();
    }

    /** The use cases of this vault (call them through {@code context.tasks()}, never on the FX thread). */
    @Override
    public Journal journal() {
        return journal;
    }

    /** The babies that are not archived, in the order the family added them (FX thread). */
    public ObservableList<Baby> babies() {
        return babies;
    }

    /** The baby the screens show; null until the family has added one. */
    public ObjectProperty<Baby> currentBabyProperty() {
        return currentBaby;
    }

    /**
     * A backup file the window was opened with (file association): the Backup screen shows it
     * first. {@code null} clears it.
     */
    public void openBackup(java.nio.file.Path file) {
        openedBackup = file;
        if (file != null) {
            section.set(Section.BACKUP);
        }
    }

    /** The backup file the window was opened with, once; null afterwards. */
    public java.nio.file.Path takeOpenedBackup() {
        java.nio.file.Path file = openedBackup;
        openedBackup = null;
        return file;
    }

    /** Reloads the babies in the background, keeping the current one where it still exists. */
    public void refreshBabies() {
        context.tasks().run(() -> journal.family().babies(false), loaded -> {
            babies.setAll(loaded);
            babiesLoaded.set(true);
            Baby current = currentBaby.get();
            currentBaby.set(loaded.stream().filter(b -> current != null && b.meta().id().equals(current.meta().id()))
                    .findFirst().orElse(loaded.isEmpty() ? null : loaded.getFirst()));
        }, failure -> { });
    }

    /** False until the babies were read once: "Add your baby" waits for it, so it never flashes. */
    public ReadOnlyBooleanProperty babiesLoadedProperty() {
        return babiesLoaded.getReadOnlyProperty();
    }

    /**
     * Screens call this after they changed data, so the other screens showing it reload; they
     * listen to {@link #revisionProperty()}.
     */
    public void changed() {
        revision.set(revision.get() + 1);
        future.refresh(); // a fixed time makes the notice go
    }

    /** "2 entries are dated in the future …", or "" (none, or dismissed until the next unlock). */
    public ReadOnlyStringProperty futureEntriesProperty() {
        return future.textProperty();
    }

    public void dismissFutureEntries() {
        future.dismiss();
    }

    /** Opens the History from the day of the first entry dated in the future, where its time can be fixed. */
    public void showFutureEntries() {
        historyFrom = future.firstDay();
        section.set(Section.HISTORY);
    }

    /** The day the History should start from, once (then null): see {@link #showFutureEntries()}. */
    public java.time.LocalDate takeHistoryFrom() {
        java.time.LocalDate day = historyFrom;
        historyFrom = null;
        return day;
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Ctrl+Z from any screen: takes back the newest change to entries (a log, an edit, a delete). */
    public void undo() {
        step(() -> journal.entries().undo(), "shell.undone", "shell.nothingToUndo");
    }

    /** Ctrl+Shift+Z or Ctrl+Y: puts back what the last undo took back. */
    public void redo() {
        step(() -> journal.entries().redo(), "shell.redone", "shell.nothingToRedo");
    }

    private void step(nestling.ui.common.BackgroundTasks.Work<java.util.Optional<nestling.domain.Entry>> work,
            String doneKey, String noneKey) {
        if (locked || locking.get() || viewingCopy()) {
            return;
        }
        context.tasks().run(work, restored -> {
            undoStatus.set(context.text(restored.isPresent() ? doneKey : noneKey));
            if (restored.isPresent()) {
                changed();
            }
        }, failure -> undoStatus.set(failure instanceof nestling.domain.ValidationException refused
                ? context.formats().message("shell.undoRefused", nestling.ui.common.ReasonTexts.joined(context.bundle(), refused))
                : context.text("shell.undoFailed")));
    }

    /** What the last Ctrl+Z or redo did ("Undone."), or why it could not; "" when there is nothing to say. */
    public ReadOnlyStringProperty undoStatusProperty() {
        return undoStatus.getReadOnlyProperty();
    }

    public void dismissUndoStatus() {
        undoStatus.set("");
    }

    private void showStatus(SaveStatus status) {
        if (!locked) {
            save.set(SaveIndicator.of(status, context.formats(), readOnly));
        }
    }

    private void applyAutoLock(int minutes) {
        autoLockMinutes.set(minutes);
        idle.limit(AutoLockSetting.asDuration(minutes));
    }

    @Override
    public void changeTheme(Theme chosen) {
        if (chosen == null || chosen == theme.get() || locked) {
            return;
        }
        themeChosen = true;
        theme.set(chosen);
        context.tasks().run(() -> {
            themeSetting.store(chosen);
            return null;
        }, done -> { }, failure -> lockError.set(context.text("settings.theme.failed")));
    }

    /** The stored language; null until it was read. The window rebuilds itself when it differs from its bundle. */
    @Override
    public ReadOnlyObjectProperty<Language> languageProperty() {
        return language;
    }

    @Override
    public void changeLanguage(Language chosen) {
        if (chosen == null || chosen == language.get() || locked) {
            return;
        }
        context.tasks().run(() -> {
            languageSetting.store(chosen);
            return null;
        }, done -> language.set(chosen), failure -> lockError.set(context.text("settings.language.failed")));
    }

    @Override
    public void familyChanged() {
        refreshBabies();
        changed();
    }

    @Override
    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Stores a new auto-lock time in the vault and applies it at once. */
    @Override
    public void changeAutoLock(int minutes) {
        if (minutes == autoLockMinutes.get() || locked) {
            return;
        }
        autoLockChosen = true;
        applyAutoLock(minutes);
        context.tasks().run(() -> {
            autoLockSetting.store(minutes);
            return null;
        }, done -> { }, failure -> lockError.set(context.text("settings.autoLock.failed")));
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
        if (locking.get() || locked || viewingCopy()) { // a copy's window must never touch this computer's vault
            return;
        }
        if (locking.get() || locked) {
            return;
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

    public void dismissLockError() {
        lockError.set("");
    }

    @Override
    public VaultSession session() {
        return session;
    }

    public UiContext context() {
        return context;
    }

    /** Returns once every change made so far is in the vault file; throws when the save fails (on a background thread only). */
    public void awaitSaved() throws java.io.IOException {
        session.flush();
    }

    /** True when the vault was opened read-only (its folder cannot be written): nothing is ever saved. */
    public boolean readOnly() {
        return readOnly;
    }

    /**
     * True when the window shows a copy (a backup opened to look at, no vault): read-only as
     * {@link #readOnly()}, and beyond that nothing offers a change: no forms, no quick logs, no undo.
     */
    public boolean viewingCopy() {
        return session.copyMadeAt().isPresent();
    }

    /** The band above every screen: a copy and when it was made, or a read-only folder; "" otherwise. */
    public String readOnlyBand() {
        return session.copyMadeAt().map(at -> context.formats().message("shell.copy", context.formats().dateTime(at)))
                .orElse(readOnly ? context.text("shell.readOnly") : "");
    }

    public boolean isLocked() {
        return locked;
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public ReadOnlyObjectProperty<SaveIndicator> saveProperty() {
        return save.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lockErrorProperty() {
        return lockError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty lockingProperty() {
        return locking;
    }

    @Override
    public ReadOnlyIntegerProperty autoLockMinutesProperty() {
        return autoLockMinutes;
    }
}
