package nestling.journal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nestling.domain.Entry;
import nestling.domain.Meta;
import nestling.domain.ValidationException;

/**
 * Applies records logged while locked, in order, inside the caller's one transaction: runs of new
 * entries together ({@link MergedEntries}: one look-up for all), each timer action on its own (a
 * timer's stop makes an entry the next run must see). Shared by the merge at unlock and by a
 * parent's "accept" of records held aside.
 */
final class InboxApply {
    /** A record's outcome: merged, already there (applied before), or refused with the reason (names no data). */
    record Outcome(boolean merged, String refusedBecause) {
        static final Outcome MERGED = new Outcome(true, null);
        static final Outcome ALREADY_THERE = new Outcome(false, null);
    }

    private InboxApply() {
    }

    /** The outcome of each action, in order; {@code caregivers} maps each record's "by" to a caregiver id. */
    static List<Outcome> apply(Connection c, Journal journal, List<InboxAction> actions, Map<String, UUID> caregivers,
            Instant now) throws SQLException {
        List<Outcome> outcomes = new ArrayList<>(actions.size());
        List<Entry> run = new ArrayList<>();
        for (InboxAction action : actions) {
            if (action instanceof InboxAction.NewEntry e) {
                run.add(new Entry(new Meta(e.entryId(), e.createdAt(), e.createdAt(), caregiver(caregivers, e.by()), false),
                        e.babyId(), e.start(), e.end(), e.offset(), e.data()));
                continue;
            }
            flush(c, run, now, outcomes);
            InboxAction.TimerAction t = (InboxAction.TimerAction) action;
            try {
                outcomes.add(timer(c, journal, t, caregivers) ? Outcome.MERGED : Outcome.ALREADY_THERE);
            } catch (ValidationException e) {
                outcomes.add(new Outcome(false, "the entry is not valid here, e.g. it overlaps another"));
            } catch (NotFoundException e) {
                outcomes.add(new Outcome(false, "its timer is no longer running"));
            }
        }
        flush(c, run, now, outcomes);
        return outcomes;
    }

    private static void flush(Connection c, List<Entry> run, Instant now, List<Outcome> outcomes) throws SQLException {
        if (run.isEmpty()) {
            return;
        }
        for (MergedEntries.Outcome outcome : MergedEntries.merge(c, run, now)) {
            outcomes.add(switch (outcome) {
                case MergedEntries.Merged m -> Outcome.MERGED;
                case MergedEntries.AlreadyThere a -> Outcome.ALREADY_THERE;
                case MergedEntries.Refused r -> new Outcome(false, "the entry is not valid here, e.g. it overlaps another");
            });
        }
        run.clear();
    }

    private static boolean timer(Connection c, Journal journal, InboxAction.TimerAction t, Map<String, UUID> caregivers)
            throws SQLException {
        return switch (t.op()) {
            case START -> journal.timers().startMerged(c, t.timerId(), t.babyId(), t.kind(), null, t.side(), t.at(),
                    t.offset(), caregiver(caregivers, t.by()));
            case SWITCH_SIDE -> journal.timers().changeMerged(c, t.timerId(), Timers.TimerChange.SWITCH_SIDE, t.at());
            case PAUSE -> journal.timers().changeMerged(c, t.timerId(), Timers.TimerChange.PAUSE, t.at());
            case RESUME -> journal.timers().changeMerged(c, t.timerId(), Timers.TimerChange.RESUME, t.at());
            case STOP -> journal.timers().stopMerged(c, t.timerId(), t.entryId(), t.at());
        };
    }

    /**
     * The caregiver each record names by id or name (added if new, as {@code --by} does), each in
     * its own transaction before the records' one; a record naming none gets the current caregiver.
     */
    static Map<String, UUID> caregivers(Journal journal, List<InboxAction> actions) {
        Map<String, UUID> caregivers = new java.util.HashMap<>();
        for (InboxAction action : actions) {
            String by = action instanceof InboxAction.NewEntry e ? e.by() : ((InboxAction.TimerAction) action).by();
            if (by != null && !by.isBlank() && !caregivers.containsKey(by)) {
                caregivers.put(by, caregiverNamed(journal.family(), by));
            }
        }
        return caregivers;
    }

    private static UUID caregiverNamed(Family family, String by) {
        try {
            UUID id = UUID.fromString(by.strip());
            if (family.caregivers(true).stream().anyMatch(g -> g.meta().id().equals(id))) {
                return id;
            }
        } catch (IllegalArgumentException notAnId) {
            // a name
        }
        return family.caregiverNamed(by).map(nestling.domain.Caregiver::meta).map(Meta::id)
                .orElseGet(() -> family.addCaregiver(by, null, null).meta().id());
    }

    private static UUID caregiver(Map<String, UUID> caregivers, String by) {
        return by == null ? null : caregivers.get(by);
    }
}
