package nestling.ui.shell;

import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
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
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import nestling.domain.Baby;
import nestling.journal.Journal;
import nestling.store.SaveStatus;
import nestling.store.SettingsRepository;
import nestling.store.VaultSession;
import nestling.ui.common.UiContext;
import nestling.ui.common.Theme;
import nestling.ui.settings.AutoLockSetting;
import nestling.ui.settings.Language;
import nestling.ui.settings.LanguageSetting;
import nestling.ui.settings.SettingsModel;
import nestling.ui.settings.ThemeSetting;
import nestling.ui.today.FirstDashboard;

/**
 * The unlocked window around the screens: which section shows, the babies, the save indicator
 * bound to the saver, and the settings it applies (auto-lock, theme, language). Locking and erasing
 * are {@link SessionLock}'s, Ctrl+Z and redo {@link UndoRedo}'s.
 */
public final class ShellViewModel implements SettingsModel {
    private final UiContext context;
    private final VaultSession session;
    private final AutoLockSetting autoLockSetting;
    private final ThemeSetting themeSetting;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.SYSTEM);
    private final LanguageSetting languageSetting;
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language");
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(this, "section", Section.TODAY);
    private final ReadOnlyObjectWrapper<SaveIndicator> save = new ReadOnlyObjectWrapper<>(this, "save");
    private final IntegerProperty autoLockMinutes = new SimpleIntegerProperty(this, "autoLockMinutes",
            AutoLockSetting.DEFAULT_MINUTES);
    /** Opened from a folder that cannot be written: the window says so, and no change is ever saved. */
    private final boolean readOnly;
    private boolean autoLockChosen;
    private boolean themeChosen;
    private java.nio.file.Path openedBackup;
    private final FutureEntriesNotice future;
    /** The day the History opens from next (set by the notice's "Show in History"), once. */
    private java.time.LocalDate historyFrom;
    /** Today's first dashboard, read with the unlock (perhaps still arriving); taken once ({@link #takeFirstDashboard}). */
    private FirstDashboard firstDashboard;
    private final Journal journal;
    private final ObservableList<Baby> babies = FXCollections.observableArrayList();
    private final ObjectProperty<Baby> currentBaby = new SimpleObjectProperty<>(this, "currentBaby");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyBooleanWrapper babiesLoaded = new ReadOnlyBooleanWrapper(this, "babiesLoaded");
    /** Lock, auto-lock, close and erase; once locked, nothing here is shown or changed any more. */
    private final SessionLock sessionLock;
    private final UndoRedo undoRedo;

    public ShellViewModel(UiContext context, VaultSession session, Runnable onLocked) {
        this(context, session, onLocked, onLocked);
    }

    /** @param onErased shows the create-vault screen after "Erase everything" */
    public ShellViewModel(UiContext context, VaultSession session, Runnable onLocked, Runnable onErased) {
        this(context, session, onLocked, onErased, null);
    }

    /**
     * @param start what the first screen shows, read with the unlock ({@link ShellStart}); null: the
     *     babies and settings are read in the background from here
     */
    public ShellViewModel(UiContext context, VaultSession session, Runnable onLocked, Runnable onErased,
            ShellStart start) {
        this.context = context;
        this.session = Objects.requireNonNull(session);
        // One journal per unlocked session: its undo history belongs to the person at this window.
        this.journal = Journal.of(session.database(), context.clock());
        SettingsRepository settings = new SettingsRepository(session.database());
        this.autoLockSetting = new AutoLockSetting(settings);
        this.themeSetting = new ThemeSetting(settings);
        this.languageSetting = new LanguageSetting(settings);
        this.readOnly = session.vault().readOnly();
        this.sessionLock = new SessionLock(context, session, readOnly, onLocked, onErased,
                AutoLockSetting.asDuration(AutoLockSetting.DEFAULT_MINUTES));
        this.undoRedo = new UndoRedo(context, journal,
                () -> sessionLock.isLocked() || sessionLock.lockingProperty().get() || viewingCopy(), this::changed);
        save.set(SaveIndicator.of(session.saver().status(), context.formats(), readOnly));
        session.saver().onStatus(status -> Platform.runLater(() -> showStatus(status)));
        if (start != null) {
            applyAutoLock(start.autoLockMinutes());
            theme.set(start.theme());
            language.set(start.language());
            showBabies(start.babies());
            firstDashboard = start.firstDashboard();
        } else {
            readSettingsAndBabies();
        }
        section.addListener((o, was, now) -> undoRedo.dismissUndoStatus());
        this.future = new FutureEntriesNotice(context, session.database());
        future.refresh();
    }

    private void readSettingsAndBabies() {
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
    }

    /**
     * The dashboard read with the unlock for {@code baby}, once (Today's first dashboard shows it
     * instead of loading it again); it may still be arriving (see {@link FirstDashboard}). Null for
     * any other baby, or after it was taken.
     */
    public FirstDashboard takeFirstDashboard(Baby baby) {
        FirstDashboard first = firstDashboard;
        firstDashboard = null;
        return first != null && first.babyId().equals(baby.meta().id()) ? first : null;
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

    /** Locking (by hand, Ctrl+L, idle, before exit), closing without saving, and erasing everything. */
    public SessionLock sessionLock() {
        return sessionLock;
    }

    /** Ctrl+Z and redo from any screen, and the banner that says what they did. */
    public UndoRedo undoRedo() {
        return undoRedo;
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
        context.tasks().run(() -> journal.family().babies(false), this::showBabies, failure -> { });
    }

    private void showBabies(List<Baby> loaded) {
        babies.setAll(loaded);
        babiesLoaded.set(true);
        Baby current = currentBaby.get();
        currentBaby.set(loaded.stream().filter(b -> current != null && b.meta().id().equals(current.meta().id()))
                .findFirst().orElse(loaded.isEmpty() ? null : loaded.getFirst()));
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

    private void showStatus(SaveStatus status) {
        if (!sessionLock.isLocked()) {
            save.set(SaveIndicator.of(status, context.formats(), readOnly));
        }
    }

    private void applyAutoLock(int minutes) {
        autoLockMinutes.set(minutes);
        sessionLock.idleLimit(AutoLockSetting.asDuration(minutes));
    }

    @Override
    public void changeTheme(Theme chosen) {
        if (chosen == null || chosen == theme.get() || sessionLock.isLocked()) {
            return;
        }
        themeChosen = true;
        theme.set(chosen);
        context.tasks().run(() -> {
            themeSetting.store(chosen);
            return null;
        }, done -> { }, failure -> sessionLock.showError(context.text("settings.theme.failed")));
    }

    /** The stored language; null until it was read. The window rebuilds itself when it differs from its bundle. */
    @Override
    public ReadOnlyObjectProperty<Language> languageProperty() {
        return language;
    }

    @Override
    public void changeLanguage(Language chosen) {
        if (chosen == null || chosen == language.get() || sessionLock.isLocked()) {
            return;
        }
        context.tasks().run(() -> {
            languageSetting.store(chosen);
            return null;
        }, done -> language.set(chosen), failure -> sessionLock.showError(context.text("settings.language.failed")));
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
        if (minutes == autoLockMinutes.get() || sessionLock.isLocked()) {
            return;
        }
        autoLockChosen = true;
        applyAutoLock(minutes);
        context.tasks().run(() -> {
            autoLockSetting.store(minutes);
            return null;
        }, done -> { }, failure -> sessionLock.showError(context.text("settings.autoLock.failed")));
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

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public ReadOnlyObjectProperty<SaveIndicator> saveProperty() {
        return save.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyIntegerProperty autoLockMinutesProperty() {
        return autoLockMinutes;
    }
}
