package nestling.journal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The lock screen's Undo in the inbox: a {@link InboxAction.Cancel} record takes an earlier record
 * of the same inbox out of the merge, so the two together change nothing. A cancelled timer start
 * takes that timer's later actions with it (they could not apply to a timer that never ran). A
 * cancel whose record is not in this inbox (merged at an earlier unlock) changes nothing.
 */
public final class InboxCancels {
    private InboxCancels() {
    }

    /** {@code records} in their order, without the cancels and what they take back. */
    public static <T> List<T> apply(List<T> records, Function<T, InboxAction> action) {
        Set<Integer> dropped = new HashSet<>();
        for (int i = records.size() - 1; i >= 0; i--) { // newest first: an undone undo is not a thing the lock screen makes
            if (!(action.apply(records.get(i)) instanceof InboxAction.Cancel cancel) || dropped.contains(i)) {
                continue;
            }
            dropped.add(i);
            for (int j = i - 1; j >= 0; j--) {
                if (!dropped.contains(j) && matches(cancel, action.apply(records.get(j)))) {
                    dropped.add(j);
                    if (cancel.op() == InboxAction.Op.START) {
                        dropLaterActionsOf(cancel.targetId(), j, i, records, action, dropped);
                    }
                    break;
                }
            }
        }
        List<T> kept = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            if (!dropped.contains(i)) {
                kept.add(records.get(i));
            }
        }
        return kept;
    }

    private static boolean matches(InboxAction.Cancel cancel, InboxAction candidate) {
        return switch (candidate) {
            case InboxAction.NewEntry e -> cancel.op() == null && e.entryId().equals(cancel.targetId());
            case InboxAction.TimerAction t -> cancel.op() == t.op() && t.timerId().equals(cancel.targetId())
                    && t.at().equals(cancel.at());
            case InboxAction.Cancel c -> false;
        };
    }

    private static <T> void dropLaterActionsOf(UUID timerId, int from, int to, List<T> records,
            Function<T, InboxAction> action, Set<Integer> dropped) {
        for (int k = from + 1; k < to; k++) {
            if (action.apply(records.get(k)) instanceof InboxAction.TimerAction t && t.timerId().equals(timerId)) {
                dropped.add(k);
            }
        }
    }
}
