package nestling.journal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nestling.domain.Caregiver;
import nestling.domain.Entry;
import nestling.domain.Meta;
import nestling.domain.ValidationException;
import nestling.store.InboxKeyring;
import nestling.store.VaultSession;
import nestling.vault.InboxFile;
import nestling.vault.InboxKeyFile;
import nestling.vault.InboxKeys;

/**
 * What every unlock of a family's own vault does before anything reads it (the command line and
 * the window both call {@link #afterUnlock}): make sure the vault has its inbox key pair and the
 * public half is beside it, then merge what was logged while locked, exactly once. The records are
 * applied by id (entries) or by time (timer changes), the vault is saved, and only then is the
 * inbox emptied; a kill at any point leaves either the inbox to merge again (finding what is
 * already there) or an empty one.
 */
public final class InboxMerge {
    private static final System.Logger LOG = System.getLogger(InboxMerge.class.getName());

    /** What the merge did, for the window and the command line to show; {@code notices} name no data. */
    public record Report(int merged, int alreadyThere, List<String> notices) {
        static Report nothing() {
            return new Report(0, 0, List.of());
        }
    }

    private InboxMerge() {
    }

    public static Report afterUnlock(VaultSession session, Clock clock) {
        if (session.vault().readOnly() || session.copyMadeAt().isPresent()) {
            return Report.nothing();
        }
        Path directory = session.vault().directory();
        List<String> notices = new ArrayList<>();
        try {
            boolean newKeys = InboxKeyring.read(session.database()).isEmpty();
            InboxKeys keys = InboxKeyring.readOrCreate(session.database());
            if (newKeys) {
                session.flush(); // the private half is saved before the public half can be used
            }
            boolean foreignKeyFile = publishPublicKey(directory, keys);
            if (foreignKeyFile) {
                notices.add("The inbox key beside the vault was not this vault's (someone replaced it); it was"
                        + " written again. Entries logged with it cannot be opened and are kept aside.");
            }
            Report report = merge(session, clock, keys, foreignKeyFile, notices);
            session.updateLockScreenFile();
            return report;
        } catch (IOException e) {
            // The inbox stays; the next unlock merges it (what is already there is found by id).
            LOG.log(System.Logger.Level.WARNING, "inbox not merged ({0})", e.getClass().getSimpleName());
            notices.add("Entries logged while locked could not be merged yet (" + e.getClass().getSimpleName()
                    + "); they stay in the inbox and are merged at the next unlock.");
            return new Report(0, 0, notices);
        }
    }

    /** Writes the public key file when missing or not this vault's; true when it was another key. */
    private static boolean publishPublicKey(Path directory, InboxKeys keys) throws IOException {
        Optional<byte[]> onDisk;
        boolean damaged = false;
        try {
            onDisk = InboxKeyFile.read(directory);
        } catch (IOException unreadable) {
            onDisk = Optional.empty();
            damaged = true;
        }
        boolean foreign = damaged || onDisk.filter(key -> !Arrays.equals(key, keys.publicKey())).isPresent();
        if (onDisk.isEmpty() || foreign) {
            InboxKeyFile.write(directory, keys.publicKey());
        }
        return foreign;
    }

    private static Report merge(VaultSession session, Clock clock, InboxKeys keys, boolean foreignKeyFile,
            List<String> notices) throws IOException {
        Optional<InboxFile.Locked> held = InboxFile.lockForMerge(session.vault().directory());
        if (held.isEmpty()) {
            return new Report(0, 0, notices);
        }
        try (InboxFile.Locked inbox = held.get()) {
            InboxFile.Reading reading = inbox.read(keys);
            if (reading.isEmpty()) {
                if (reading.tornTail()) {
                    inbox.clear();
                }
                return new Report(0, 0, notices);
            }
            Journal journal = Journal.of(session.database(), clock);
            boolean keepCopy = foreignKeyFile || !reading.refused().isEmpty();
            for (InboxFile.Refused refused : reading.refused()) {
                notices.add("A record logged while locked was refused (" + refused.refusal().name().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', ' ') + ", at byte " + refused.offset() + ").");
            }
            List<Decoded> decoded = new ArrayList<>();
            Map<String, UUID> caregivers = new HashMap<>();
            for (InboxFile.Opened opened : reading.opened()) {
                try {
                    InboxAction action = InboxAction.fromJson(opened.plaintext());
                    decoded.add(new Decoded(opened.offset(), action));
                    String by = action instanceof InboxAction.NewEntry e ? e.by()
                            : action instanceof InboxAction.TimerAction t ? t.by() : null;
                    if (by != null && !by.isBlank() && !caregivers.containsKey(by)) {
                        caregivers.put(by, caregiver(journal, by)); // its own transaction, before the merge's
                    }
                } catch (IllegalArgumentException e) {
                    notices.add("A record logged while locked was refused (" + e.getMessage() + ", at byte "
                            + opened.offset() + ").");
                } finally {
                    Arrays.fill(opened.plaintext(), (byte) 0);
                }
            }
            List<Decoded> toApply = InboxCancels.apply(decoded, Decoded::action); // the lock screen's Undo
            // One transaction for all records: each refusal is thrown before its record writes anything.
            int[] counts = session.database().write(c -> {
                int[] done = new int[3];
                for (Decoded record : toApply) {
                    try {
                        done[apply(c, journal, record.action(), caregivers) ? 0 : 1]++;
                    } catch (ValidationException | NotFoundException e) {
                        done[2]++;
                        notices.add("A record logged while locked was refused (" + reason(e) + ", at byte "
                                + record.offset() + ").");
                    }
                }
                return done;
            });
            int merged = counts[0];
            int alreadyThere = counts[1];
            keepCopy |= counts[2] > 0 || decoded.size() < reading.opened().size();
            session.flush(); // durable before the inbox is emptied
            if (keepCopy) {
                Path copy = inbox.keepCopy("refused", clock.millis());
                notices.add("The inbox as it was is kept as " + copy.getFileName() + ".");
            }
            inbox.clear();
            LOG.log(System.Logger.Level.INFO, "inbox merged: {0} new, {1} already there, {2} refused", merged,
                    alreadyThere, reading.refused().size());
            return new Report(merged, alreadyThere, notices);
        }
    }

    private static String reason(RuntimeException e) {
        if (e instanceof ValidationException) {
            return "the entry is not valid here, e.g. it overlaps another";
        }
        if (e instanceof NotFoundException) {
            return "its timer is no longer running";
        }
        return e.getMessage();
    }

    private record Decoded(int offset, InboxAction action) {
    }

    /** Applies one action in the merge's transaction; false when it was already applied (a merge run twice). */
    private static boolean apply(java.sql.Connection c, Journal journal, InboxAction action, Map<String, UUID> caregivers)
            throws java.sql.SQLException {
        return switch (action) {
            case InboxAction.NewEntry e -> journal.entries().logMerged(c, new Entry(
                    new Meta(e.entryId(), e.createdAt(), e.createdAt(), e.by() == null ? null : caregivers.get(e.by()), false),
                    e.babyId(), e.start(), e.end(), e.offset(), e.data()));
            case InboxAction.TimerAction t -> switch (t.op()) {
                case START -> journal.timers().startMerged(c, t.timerId(), t.babyId(), t.kind(), null, t.side(), t.at(),
                        t.offset(), t.by() == null ? null : caregivers.get(t.by()));
                case SWITCH_SIDE -> journal.timers().changeMerged(c, t.timerId(), Timers.TimerChange.SWITCH_SIDE, t.at());
                case PAUSE -> journal.timers().changeMerged(c, t.timerId(), Timers.TimerChange.PAUSE, t.at());
                case RESUME -> journal.timers().changeMerged(c, t.timerId(), Timers.TimerChange.RESUME, t.at());
                case STOP -> journal.timers().stopMerged(c, t.timerId(), t.entryId(), t.at());
            };
            case InboxAction.Cancel cancel -> false; // taken out with what it cancels before (InboxCancels)
        };
    }

    /** The caregiver a record names by id or name (added if new, as {@code --by} does); null: the current one. */
    private static UUID caregiver(Journal journal, String by) {
        if (by == null || by.isBlank()) {
            return null;
        }
        Family family = journal.family();
        try {
            UUID id = UUID.fromString(by.strip());
            if (family.caregivers(true).stream().anyMatch(g -> g.meta().id().equals(id))) {
                return id;
            }
        } catch (IllegalArgumentException notAnId) {
            // a name
        }
        return family.caregiverNamed(by).map(Caregiver::meta).map(Meta::id)
                .orElseGet(() -> family.addCaregiver(by, null, null).meta().id());
    }
}
