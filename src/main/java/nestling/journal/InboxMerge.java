package nestling.journal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nestling.store.InboxKeyring;
import nestling.store.VaultSession;
import nestling.vault.InboxFile;
import nestling.vault.InboxKeyFile;
import nestling.vault.InboxKeys;
import nestling.vault.RefusedInboxCopies;

/**
 * What every unlock of a family's own vault does before anything reads it (the command line and
 * the window both call {@link #afterUnlock}): make sure the vault has its inbox key pair and the
 * public half is beside it, then merge what was logged while locked, exactly once. The records are
 * applied by id (entries) or by time (timer changes), the vault is saved, and only then is the
 * inbox emptied; a kill at any point leaves either the inbox to merge again (finding what is
 * already there) or an empty one. When the public key beside the vault had been replaced, what
 * still opens is held for the parent ({@link HeldInbox}) instead of merged.
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
            KeyOnDisk onDisk = keyOnDisk(directory, keys);
            if (onDisk == KeyOnDisk.REPLACED) {
                notices.add("The inbox key beside the vault was not this vault's (someone replaced it); it was"
                        + " written again. Entries logged while it was there are held until you add or discard them in the window"
                        + " (or with nestling held).");
            }
            if (onDisk == KeyOnDisk.REPLACED) { // told in the window even when no record was logged with it
                session.database().write(c -> {
                    HeldInbox.noteRefused(c, 0, "", true);
                    return null;
                });
            }
            Report report = merge(session, clock, keys, onDisk == KeyOnDisk.REPLACED, notices);
            if (onDisk != KeyOnDisk.OURS) {
                // only now: a kill before this leaves the replaced key to be found again, and its records held again
                InboxKeyFile.write(directory, keys.publicKey());
            }
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

    private enum KeyOnDisk { OURS, MISSING, REPLACED }

    /** Whether the public key file beside the vault is this vault's; damage counts as replaced. */
    private static KeyOnDisk keyOnDisk(Path directory, InboxKeys keys) {
        try {
            return InboxKeyFile.read(directory).map(key -> Arrays.equals(key, keys.publicKey()) ? KeyOnDisk.OURS
                    : KeyOnDisk.REPLACED).orElse(KeyOnDisk.MISSING);
        } catch (IOException unreadable) {
            return KeyOnDisk.REPLACED;
        }
    }

    private static Report merge(VaultSession session, Clock clock, InboxKeys keys, boolean keyReplaced,
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
            int refusedCount = reading.refused().size();
            for (InboxFile.Refused refused : reading.refused()) {
                notices.add("A record logged while locked was refused (" + refused.refusal().name().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', ' ') + ", at byte " + refused.offset() + ").");
            }
            Map<String, InboxAction> decoded = new LinkedHashMap<>();
            Map<String, Integer> offsets = new HashMap<>();
            for (InboxFile.Opened opened : reading.opened()) {
                try {
                    decoded.put(opened.tag(), InboxAction.fromJson(opened.plaintext()));
                    offsets.put(opened.tag(), opened.offset());
                } catch (IllegalArgumentException e) {
                    refusedCount++;
                    notices.add("A record logged while locked was refused (" + e.getMessage() + ", at byte "
                            + opened.offset() + ").");
                } finally {
                    Arrays.fill(opened.plaintext(), (byte) 0);
                }
            }
            int unreadable = refusedCount;
            // The lock screen's Undo: a cancel record and the one it takes back both leave the merge.
            Map<String, InboxAction> toApply = new LinkedHashMap<>();
            for (Map.Entry<String, InboxAction> kept : InboxCancels.apply(List.copyOf(decoded.entrySet()),
                    Map.Entry::getValue)) {
                toApply.put(kept.getKey(), kept.getValue());
            }
            List<InboxAction> actions = List.copyOf(toApply.values());
            InboxApply.Caregivers caregivers = keyReplaced ? null : InboxApply.caregivers(journal, actions, clock.instant());
            String keptAs = RefusedInboxCopies.name(clock.millis());
            // One transaction for all records: each refusal is decided before its record writes anything.
            int[] counts = session.database().write(c -> {
                int[] done = new int[3];
                if (keyReplaced) {
                    HeldInbox.hold(c, toApply); // the parent decides; nothing is merged unasked
                } else {
                    List<String> tags = List.copyOf(toApply.keySet());
                    List<InboxApply.Outcome> outcomes = InboxApply.apply(c, journal, actions, caregivers, clock.instant());
                    for (int i = 0; i < outcomes.size(); i++) {
                        InboxApply.Outcome outcome = outcomes.get(i);
                        if (outcome.refusedBecause() != null) {
                            done[2]++;
                            notices.add("A record logged while locked was refused (" + outcome.refusedBecause()
                                    + ", at byte " + offsets.get(tags.get(i)) + ").");
                        } else {
                            done[outcome.merged() ? 0 : 1]++;
                        }
                    }
                }
                if (unreadable + done[2] > 0) {
                    HeldInbox.noteRefused(c, unreadable + done[2], keptAs, keyReplaced);
                }
                return done;
            });
            session.flush(); // durable before the inbox is emptied
            if (refusedCount + counts[2] > 0) {
                inbox.keepCopy(keptAs);
                notices.add("The inbox as it was is kept as " + keptAs + ".");
            }
            inbox.clear();
            LOG.log(System.Logger.Level.INFO, "inbox merged: {0} new, {1} already there, {2} refused, {3} held",
                    counts[0], counts[1], refusedCount + counts[2], keyReplaced ? toApply.size() : 0);
            return new Report(counts[0], counts[1], notices);
        }
    }
}
