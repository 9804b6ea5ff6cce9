package nestling.journal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nestling.domain.Caregiver;
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
    static List<Outcome> apply(Connection c, Journal journal, List<InboxAction> actions, Caregivers caregivers,
            Instant now) throws SQLException {
        List<Outcome> outcomes = new ArrayList<>(actions.size());
        List<Entry> run = new ArrayList<>();
        for (InboxAction action : actions) {
            if (action instanceof InboxAction.NewEntry e) {
                run.add(new Entry(new Meta(e.entryId(), e.createdAt(), e.createdAt(), caregivers.of(e.by()), false),
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
        addCaregiversOfMerged(c, actions, outcomes, caregivers);
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

    private static boolean timer(Connection c, Journal journal, InboxAction.TimerAction t, Caregivers caregivers)
            throws SQLException {
        return switch (t.op()) {
            case START -> journal.timers().startMerged(c, t.timerId(), t.babyId(), t.kind(), null, t.side(), t.at(),
                    t.offset(), caregivers.of(t.by()));
            case SWITCH_SIDE -> journal.timers().changeMerged(c, t.timerId(), Timers.TimerChange.SWITCH_SIDE, t.at());
            case PAUSE -> journal.timers().changeMerged(c, t.timerId(), Timers.TimerChange.PAUSE, t.at());
            case RESUME -> journal.timers().changeMerged(c, t.timerId(), Timers.TimerChange.RESUME, t.at());
            case STOP -> journal.timers().stopMerged(c, t.timerId(), t.entryId(), t.at());
        };
    }

    /**
     * Who the records name, read before their transaction: each record's "by" (an id or a name) as a
     * caregiver id; a name the vault does not know gets the id of a caregiver to add, in the records'
     * transaction, only when one of that caregiver's records is merged (a refused record adds nobody).
     */
    record Caregivers(Map<String, UUID> ids, Map<UUID, Caregiver> toAdd) {
        UUID of(String by) {
            return by == null ? null : ids.get(by);
        }
    }

    /**
     * The caregiver each record names by id or name (a new name as {@code --by} adds it, checked now
     * so a name that cannot be a caregiver's stops before anything is written); a record naming none
     * gets the current caregiver.
     */
    static Caregivers caregivers(Journal journal, List<InboxAction> actions, Instant now) {
        Map<String, UUID> ids = new HashMap<>();
        Map<UUID, Caregiver> toAdd = new HashMap<>();
        for (InboxAction action : actions) {
            String by = by(action);
            if (by == null || by.isBlank() || ids.containsKey(by)) {
                continue;
            }
            Optional<UUID> known = caregiverNamed(journal.family(), by);
            if (known.isPresent()) {
                ids.put(by, known.get());
            } else {
                Caregiver added = Family.newCaregiver(UUID.randomUUID(), by, now,
                        journal.family().currentCaregiver().map(g -> g.meta().id()).orElse(null));
                added.problems().throwIfAny();
                // two spellings of one new name ("Sam", " sam") are one caregiver, as the family compares names
                Optional<Caregiver> same = toAdd.values().stream()
                        .filter(g -> Family.sameName(g.name(), added.name())).findFirst();
                UUID id = same.map(g -> g.meta().id()).orElse(added.meta().id());
                ids.put(by, id);
                toAdd.putIfAbsent(id, added);
            }
        }
        return new Caregivers(ids, toAdd);
    }

    /** Adds, in the records' transaction, each new caregiver at least one merged record names. */
    private static void addCaregiversOfMerged(Connection c, List<InboxAction> actions, List<Outcome> outcomes,
            Caregivers caregivers) throws SQLException {
        Set<UUID> added = new HashSet<>();
        for (int i = 0; i < actions.size(); i++) {
            UUID id = caregivers.of(by(actions.get(i)));
            if (outcomes.get(i).merged() && id != null && caregivers.toAdd().containsKey(id) && added.add(id)) {
                Family.addCaregiver(c, caregivers.toAdd().get(id));
            }
        }
    }

    private static String by(InboxAction action) {
        return switch (action) {
            case InboxAction.NewEntry e -> e.by();
            case InboxAction.TimerAction t -> t.by();
            case InboxAction.Cancel cancel -> null;
        };
    }

    /** A caregiver of the vault (removed ones too, by id) that {@code by} names, if any. */
    private static Optional<UUID> caregiverNamed(Family family, String by) {
        try {
            UUID id = UUID.fromString(by.strip());
            if (family.caregivers(true).stream().anyMatch(g -> g.meta().id().equals(id))) {
                return Optional.of(id);
            }
        } catch (IllegalArgumentException notAnId) {
            // a name
        }
        return family.caregiverNamed(by).map(Caregiver::meta).map(Meta::id);
    }
}
