package nestling.ui.shell;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import nestling.domain.Entry;
import nestling.domain.ValidationException;
import nestling.journal.Journal;
import nestling.ui.common.BackgroundTasks;
import nestling.ui.common.ReasonTexts;
import nestling.ui.common.UiContext;

/**
 * Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) from any screen: takes back, or puts back, the newest change
 * to entries in this session's journal, and says what it did in the shell's banner.
 */
public final class UndoRedo {
    private final UiContext context;
    private final Journal journal;
    private final BooleanSupplier closed;
    private final Runnable changed;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "undoStatus", "");

    /**
     * @param closed true while nothing may change: the session is locked or locking, or a copy is shown
     * @param changed tells the screens to reload after a step changed something
     */
    UndoRedo(UiContext context, Journal journal, BooleanSupplier closed, Runnable changed) {
        this.context = context;
        this.journal = journal;
        this.closed = closed;
        this.changed = changed;
    }

    /** Ctrl+Z from any screen: takes back the newest change to entries (a log, an edit, a delete). */
    public void undo() {
        step(() -> journal.entries().undo(), "shell.undone", "shell.nothingToUndo");
    }

    /** Ctrl+Shift+Z or Ctrl+Y: puts back what the last undo took back. */
    public void redo() {
        step(() -> journal.entries().redo(), "shell.redone", "shell.nothingToRedo");
    }

    private void step(BackgroundTasks.Work<Optional<Entry>> work, String doneKey, String noneKey) {
        if (closed.getAsBoolean()) {
            return;
        }
        context.tasks().run(work, restored -> {
            status.set(context.text(restored.isPresent() ? doneKey : noneKey));
            if (restored.isPresent()) {
                changed.run();
            }
        }, failure -> status.set(failure instanceof ValidationException refused
                ? context.formats().message("shell.undoRefused", ReasonTexts.joined(context.bundle(), refused))
                : context.text("shell.undoFailed")));
    }

    /** What the last Ctrl+Z or redo did ("Undone."), or why it could not; "" when there is nothing to say. */
    public ReadOnlyStringProperty undoStatusProperty() {
        return status.getReadOnlyProperty();
    }

    public void dismissUndoStatus() {
        status.set("");
    }
}
