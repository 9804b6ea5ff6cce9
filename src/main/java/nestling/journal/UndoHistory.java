package nestling.journal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import nestling.domain.Entry;

/**
 * The steps that can be undone and redone, newest first. A step is the entry before and after a
 * change (null before = it was logged). A new change clears the redo side, like every editor.
 */
final class UndoHistory {
    /** One change of one entry. */
    record Step(Entry before, Entry after) {
    }

    static final int LIMIT = 100;

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();

    synchronized void record(Step step) {
        undo.push(step);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
    }

    synchronized Optional<Step> peekUndo() {
        return Optional.ofNullable(undo.peek());
    }

    synchronized Optional<Step> peekRedo() {
        return Optional.ofNullable(redo.peek());
    }

    /** Moves the newest undo step to the redo side (after it was applied). */
    synchronized void undone() {
        redo.push(undo.pop());
    }

    synchronized void redone() {
        undo.push(redo.pop());
    }

    synchronized int undoSize() {
        return undo.size();
    }

    synchronized int redoSize() {
        return redo.size();
    }
}
