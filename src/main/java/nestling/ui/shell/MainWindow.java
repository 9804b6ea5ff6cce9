package nestling.ui.shell;

import java.nio.file.Path;
import nestling.ui.help.HelpOverlay;
import nestling.ui.settings.Language;
import java.util.List;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import nestling.store.VaultSession;
import nestling.ui.inbox.InboxReviewDialog;
import nestling.ui.inbox.InboxReviewViewModel;
import nestling.ui.common.Alerts;
import nestling.ui.common.Theme;
import nestling.ui.common.Scrolling;
import nestling.ui.common.UiContext;
import nestling.ui.copy.OpenCopyView;
import nestling.ui.copy.OpenCopyViewModel;
import nestling.ui.locked.LockedLogView;
import nestling.ui.locked.LockedLogViewModel;
import nestling.ui.today.FirstDashboard;
import nestling.ui.unlock.CreateVaultView;
import nestling.ui.unlock.CreateVaultViewModel;
import nestling.ui.unlock.UnlockAttempts;
import nestling.ui.unlock.UnlockView;
import nestling.ui.unlock.UnlockViewModel;

/**
 * The one window and what it shows: create vault, unlock, or the unlocked shell. Owns the moves
 * between them (unlock → shell, lock → unlock), Ctrl+L, idle tracking and a safe close (also Ctrl+Q).
 */
public final class MainWindow {
    static final KeyCombination LOCK_KEYS = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination QUIT_KEYS = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);

    private UiContext context;
    private final Stage stage;
    private final Scene scene;
    /** The scene's root for good: the screens come and go inside it. */
    private final ScreenFrame frame = new ScreenFrame();
    private final EventHandler<InputEvent> activity = e -> touched(e);
    /**
     * On the stage, so it runs last: a screen that handles Ctrl+Z itself (Today's undo bar, the
     * History's delete) consumes the key first, and text fields keep their own undo.
     */
    private final EventHandler<KeyEvent> undoKeys = e -> undoKey(e);
    private ShellViewModel shell;
    private Theme theme = Theme.SYSTEM;
    private final UnlockAttempts attempts;
    private final HelpOverlay help;
    private Path pendingBackup;
    /** The session whose held inbox records were offered already (a change of language rebuilds the shell). */
    private VaultSession inboxReviewed;
    private boolean vaultExists;
    /** Whether a lock screen of this window started the unlock rehearsal already (UnlockRehearsal). */
    private boolean unlockRehearsed;
    /** Tells the parent about due reminders while the vault is unlocked (not for a copy). */
    private final WindowAlerts alerts;

    public MainWindow(UiContext context, Stage stage, double width, double height) {
        this.context = context;
        this.stage = stage;
        this.scene = new Scene(frame, width, height);
        this.attempts = new UnlockAttempts(context.clock());
        this.alerts = new WindowAlerts(stage);
        theme.applyTo(scene);
        context.failures().install(() -> this.context);
        this.help = HelpOverlay.install(context, scene);
        Platform.getPreferences().colorSchemeProperty().addListener((o, was, now) -> theme.applyTo(scene));
        scene.addEventFilter(InputEvent.ANY, activity);
        stage.setTitle(context.text("app.title"));
        stage.setScene(scene);
        stage.setOnCloseRequest(this::closeRequested);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> alerts.close());
        scene.getAccelerators().put(QUIT_KEYS, this::quit);
        stage.addEventHandler(KeyEvent.KEY_PRESSED, undoKeys);
        // Typing in a dialog (change passphrase …) counts as activity too.
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window added : change.getAddedSubList()) {
                    if (added instanceof Stage dialog && dialog.getOwner() == stage) {
                        dialog.addEventFilter(InputEvent.ANY, activity);
                    }
                }
            }
        });
    }

    /**
     * Shows the create screen when there is no vault yet, otherwise the unlock screen; when the
     * window was opened with a backup file (double-clicked), the screen that opens it as a copy.
     */
    public void start(boolean vaultExists) {
        this.vaultExists = vaultExists;
        if (pendingBackup != null) {
            showOpenCopy(pendingBackup);
        } else {
            showFirstScreen();
        }
    }

    private void showFirstScreen() {
        if (vaultExists) {
            showUnlock();
        } else {
            showCreate();
        }
    }

    public void showCreate() {
        leaveShell();
        CreateVaultView view = new CreateVaultView(context, new CreateVaultViewModel(context, this::showShell));
        view.addBelow(OpenCopyView.openCopyButton(context, this::showOpenCopy));
        frame.show(Scrolling.screen(view.root()));
    }

    public void showUnlock() {
        leaveShell();
        // What Today shows first is read with the unlock, off the FX thread (see ShellStart).
        UnlockViewModel unlock = new UnlockViewModel(context, attempts,
                session -> ShellStart.readWhileTheShellIsBuilt(session, context.clock(), context.tasks()),
                this::showUnlocked);
        // Today's first build, CSS and rendering after the unlock, rehearsed on throwaway data while
        // the parent types: once per window, since after the first unlock that code is warm already
        unlock.rehearseWhileTyping(() -> {
            if (unlockRehearsed) {
                return () -> { };
            }
            unlockRehearsed = true;
            return UnlockRehearsal.start(context, frame::styleUnseen, theme::applyTo, scene.getWidth(),
                    scene.getHeight())::stop;
        });
        UnlockView view = new UnlockView(context, unlock);
        // Logging while locked: what nestling.lock-screen shows (nothing when the family turned it off).
        LockedLogViewModel locked = new LockedLogViewModel(context);
        LockedLogView lockedView = new LockedLogView(context, locked);
        view.addBeside(lockedView.root());
        lockedView.installKeys(view.root(), view.passphraseField());
        // After a restart the window knows no colour scheme yet: the family's (night at 3 a.m.) if the file has it.
        locked.stateProperty().subscribe(state -> {
            if (state != null && theme == Theme.SYSTEM && state.theme() != null) {
                Theme.parse(state.theme()).ifPresent(stored -> {
                    theme = stored;
                    stored.applyTo(scene);
                });
            }
        });
        locked.load();
        view.addBelow(OpenCopyView.openCopyButton(context, this::showOpenCopy));
        frame.show(Scrolling.screen(view.root()));
    }

    /**
     * "Open a copy": a backup read into memory and shown read-only, without a vault. A file the
     * window was opened with can still go to the family's own vault (merge or restore after unlock).
     */
    public void showOpenCopy(Path file) {
        leaveShell();
        boolean offerOwnVault = vaultExists && file.equals(pendingBackup);
        OpenCopyViewModel model = new OpenCopyViewModel(context, file, session -> {
            pendingBackup = null;
            showShell(session);
        });
        frame.show(Scrolling.screen(new OpenCopyView(context, model, () -> {
            pendingBackup = null;
            showFirstScreen();
        }, offerOwnVault ? this::showUnlock : null).root()));
    }

    /**
     * The family's own vault, just unlocked, with what its first screen shows read already (null if
     * that failed: then read as for any shell). Built in the family's language and theme at once.
     * The session's housekeeping (compaction, handing the unlock's memory back) waits until Today is
     * drawn: it competes with building it for the processor, and its full collection stops every thread.
     */
    private void showUnlocked(VaultSession session, ShellStart start) {
        if (start != null && !start.language().matches(context.bundle())) {
            useBundle(start.language());
        }
        if (start != null && start.theme() != Theme.SYSTEM) {
            // before the shell is styled: a change of style sheets afterwards would style it again
            theme = start.theme();
            theme.applyTo(scene);
        }
        showShell(session, start, () -> {
            FirstFrame.afterNextPulse(scene, session::compactInBackground);
            FirstFrame.exitAfterUnlockedFrameIfAsked(scene);
        });
    }

    public void showShell(VaultSession session) {
        showShell(session, null, () -> { });
    }

    /**
     * Builds the shell, and shows it once Today's first dashboard is in: after an unlock it is read
     * while the shell is built (ShellStart). {@code shown} runs right after it is shown.
     */
    private void showShell(VaultSession session, ShellStart start, Runnable shown) {
        if (session.copyMadeAt().isPresent()) {
            // Today as it was: the copy is shown on a clock that starts at the moment it was made.
            java.time.Duration back = java.time.Duration.between(context.clock().instant(), session.copyMadeAt().get());
            UiContext copy = context.withClock(java.time.Clock.offset(context.clock(), back));
            shell = new ShellViewModel(copy, session, this::showFirstScreen, this::showFirstScreen);
        } else {
            shell = new ShellViewModel(context, session, this::showUnlock, this::showCreate, start);
        }
        ShellViewModel current = shell;
        help.forCopy(current.viewingCopy());
        if (current.viewingCopy()) {
            alerts.stop(); // a copy's reminders are nobody's to act on
        } else {
            alerts.startFor(current);
        }
        if (pendingBackup != null) {
            current.openBackup(pendingBackup);
            pendingBackup = null;
        }
        scene.getAccelerators().put(LOCK_KEYS, current.sessionLock()::lock);
        current.themeProperty().addListener((o, was, now) -> {
            theme = now;
            now.applyTo(scene);
        });
        current.languageProperty().addListener((o, was, now) -> {
            // a copy keeps this computer's language, not the one its family chose
            if (now != null && shell == current && !current.viewingCopy() && !now.matches(context.bundle())) {
                relocalize(now, current);
            }
        });
        javafx.scene.Parent view = new ShellView(current).root();
        FirstDashboard first = start == null ? null : start.firstDashboard();
        if (first == null) {
            reveal(current, view, shown);
        } else {
            if (!first.arrived()) {
                frame.prepare(view); // its styling and layout while the dashboard is read
            }
            first.whenArrived(data -> reveal(current, view, shown));
        }
    }

    private void reveal(ShellViewModel current, javafx.scene.Parent view, Runnable shown) {
        if (shell != current) {
            return; // locked (Ctrl+L) or closed before its first dashboard was in
        }
        frame.show(view);
        shown.run();
        VaultSession session = current.session();
        if (inboxReviewed != session && !current.viewingCopy() && !current.readOnly()) {
            inboxReviewed = session;
            reviewInbox(current);
        }
    }

    /** After unlock: what logging while locked could not simply merge, told and offered (see nestling.ui.inbox). */
    private void reviewInbox(ShellViewModel current) {
        InboxReviewViewModel review = new InboxReviewViewModel(context, current.journal(), current.session().database(),
                current::awaitSaved);
        review.loadedProperty().subscribe(loaded -> {
            if (loaded && shell == current && review.needsTheParent()) {
                new InboxReviewDialog(context, review, stage).show();
            }
        });
        review.load();
    }

    /**
     * Rebuilds the unlocked window in {@code language} (kept on the same session and section);
     * the lock and unlock screens use it from then on too. The undo history starts afresh.
     */
    private void relocalize(Language language, ShellViewModel old) {
        Section section = old.sectionProperty().get();
        useBundle(language);
        showShell(old.session());
        shell.sectionProperty().set(section);
    }

    /** From now on the window speaks {@code language}: the lock and unlock screens too. */
    private void useBundle(Language language) {
        context = context.withBundle(language.bundle());
        stage.setTitle(context.text("app.title"));
        help.use(context);
    }

    private void leaveShell() {
        alerts.stop(); // locked: reminders wait until the next unlock
        scene.getAccelerators().remove(LOCK_KEYS);
        if (shell != null) {
            closeDialogsOf(stage);
        }
        shell = null;
    }

    /** Dialogs of the unlocked vault (change passphrase …) must not outlive it. */
    private static void closeDialogsOf(Stage owner) {
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window instanceof Stage dialog && dialog.getOwner() == owner) {
                dialog.close();
            }
        }
    }

    private void undoKey(KeyEvent event) {
        ShellViewModel current = shell;
        // The stage may outlive this window (a new window takes it over with its own scene): a
        // window no longer shown must not act on keys meant for its successor.
        if (current == null || current.sessionLock().isLocked() || stage.getScene() != scene) {
            return;
        }
        UndoKeys.of(event, scene.getFocusOwner()).ifPresent(action -> {
            event.consume();
            if (action == UndoKeys.Action.UNDO) {
                current.undoRedo().undo();
            } else {
                current.undoRedo().redo();
            }
        });
    }

    private void touched(InputEvent event) {
        if (shell != null && (event instanceof KeyEvent || event instanceof ScrollEvent
                || event.getEventType() == MouseEvent.MOUSE_PRESSED || event.getEventType() == MouseEvent.MOUSE_MOVED)) {
            shell.sessionLock().activity();
        }
    }

    /** While unlocked, closing first saves and locks; if the save fails the parent decides. */
    private void closeRequested(WindowEvent event) {
        ShellViewModel current = shell;
        // The stage may outlive this window (a new window takes it over with its own scene): a
        // window no longer shown must not act on keys meant for its successor.
        if (current == null || current.sessionLock().isLocked() || stage.getScene() != scene) {
            return;
        }
        event.consume();
        current.sessionLock().lockForExit(stage::close, reason -> askToCloseAnyway(current, reason));
    }

    /** Ctrl+Q: as the window's close button (saves and locks first while unlocked). */
    private void quit() {
        WindowEvent request = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
        closeRequested(request);
        if (!request.isConsumed()) {
            stage.close();
        }
    }

    private void askToCloseAnyway(ShellViewModel current, String reason) {
        ButtonType keepOpen = new ButtonType(context.text("close.keepOpen"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType closeAnyway = new ButtonType(context.text("close.anyway"), ButtonBar.ButtonData.OTHER);
        Alert alert = Alerts.question(Alert.AlertType.WARNING, stage, "close-dialog", context.text("close.heading"),
                context.formats().message("close.notSaved", reason), keepOpen, closeAnyway, 520);
        alert.showAndWait().filter(closeAnyway::equals).ifPresent(b -> current.sessionLock()
                .closeWithoutSaving(stage::close));
    }

    /** A backup file the window was opened with: the Backup screen offers it after unlock. */
    public void openBackupAfterUnlock(Path file) {
        pendingBackup = file;
    }

    /** The keyboard help (F1). */
    public HelpOverlay help() {
        return help;
    }

    public Scene scene() {
        return scene;
    }

    /** The shell's view model while unlocked, for tests and later screens. */
    public ShellViewModel shell() {
        return shell;
    }
}
