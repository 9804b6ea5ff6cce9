package nestling.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.RunningTimer;
import nestling.domain.Side;
import nestling.domain.TimerKind;
import nestling.journal.InboxAction.Op;
import nestling.store.EntryQuery;
import nestling.store.VaultSession;
import nestling.vault.InboxFile;
import nestling.vault.VaultOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock screen's Undo: a cancelling record takes its record out of the merge, whatever it was. */
class InboxCancelMergeTest {
    private static final char[] PASS = "correct horse battery".toCharArray();
    private static final Clock CLOCK = Clock.systemUTC();
    private static final ZoneOffset OFFSET = ZoneOffset.ofHours(1);
    private static final EntryData.Diaper WET = new EntryData.Diaper(true, false, false, null, null, false, null);

    @TempDir
    Path dir;

    private final Instant t0 = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);

    private VaultSession unlock() throws Exception {
        VaultSession session = VaultSession.unlock(dir, PASS, VaultOptions.defaults().withFastKdfForTests());
        session.noteAtUnlock(InboxMerge.afterUnlock(session, CLOCK).notices());
        return session;
    }

    @Test
    void undoneEntriesAndTimerActionsAreNotMergedAndTheRestIs() throws Exception {
        VaultSession.create(dir, PASS, VaultOptions.defaults().withFastKdfForTests()).close();
        UUID baby;
        UUID feed;
        try (VaultSession session = unlock()) {
            Journal journal = Journal.of(session.database(), Clock.fixed(t0, ZoneOffset.UTC));
            baby = journal.family().addBaby("Ada", Instant.parse("2026-09-01T08:00:00Z"), ZoneOffset.UTC, null, null)
                    .meta().id();
            feed = journal.timers().start(baby, TimerKind.BREASTFEEDING, null, Side.LEFT).meta().id();
            session.flush();
        }
        UUID kept = UUID.randomUUID();
        UUID undone = UUID.randomUUID();
        entry(kept, baby, t0.plusSeconds(60));
        entry(undone, baby, t0.plusSeconds(120));
        LockedInbox.log(dir, new InboxAction.Cancel(undone, null, null));
        // a sleep started and taken back, with a pause made in between by a script (it goes with its start)
        UUID sleep = UUID.randomUUID();
        Instant sleepAt = t0.plusSeconds(180);
        LockedInbox.log(dir, new InboxAction.TimerAction(Op.START, sleep, sleepAt, OFFSET, baby, TimerKind.SLEEP, null,
                null, "Sam"));
        LockedInbox.log(dir, new InboxAction.TimerAction(Op.PAUSE, sleep, sleepAt.plusSeconds(5), OFFSET, null, null,
                null, null, null));
        LockedInbox.log(dir, new InboxAction.Cancel(sleep, Op.START, sleepAt));
        // the running feed stopped and the stop taken back: it keeps running
        Instant stopAt = t0.plusSeconds(240);
        LockedInbox.log(dir, new InboxAction.TimerAction(Op.STOP, feed, stopAt, OFFSET, null, null, null,
                UUID.randomUUID(), null));
        LockedInbox.log(dir, new InboxAction.Cancel(feed, Op.STOP, stopAt));
        // a cancel of a record merged at an earlier unlock changes nothing (and is no refusal)
        LockedInbox.log(dir, new InboxAction.Cancel(UUID.randomUUID(), null, null));

        try (VaultSession session = unlock()) {
            assertEquals(List.of(), session.unlockNotices(), "nothing refused");
            Journal journal = Journal.of(session.database(), CLOCK);
            List<Entry> entries = journal.entries().list(new EntryQuery(baby, t0.minusSeconds(1), t0.plusSeconds(3600),
                    java.util.Set.of(EntryType.values())));
            assertEquals(List.of(kept), entries.stream().map(e -> e.meta().id()).toList(), "only the entry not undone");
            List<RunningTimer> running = journal.timers().running(baby);
            assertEquals(List.of(feed), running.stream().map(t -> t.meta().id()).toList(),
                    "the feed still runs, the undone sleep never started");
            assertEquals(0, Files.size(InboxFile.path(dir)), "the inbox is emptied after the save");
        }
        // merged once: the next unlock finds nothing more
        try (VaultSession session = unlock()) {
            assertTrue(session.unlockNotices().isEmpty());
            assertEquals(1, Journal.of(session.database(), CLOCK).entries().list(new EntryQuery(baby,
                    t0.minusSeconds(1), t0.plusSeconds(3600), java.util.Set.of(EntryType.values()))).size());
        }
    }

    private void entry(UUID id, UUID baby, Instant at) throws Exception {
        LockedInbox.log(dir, new InboxAction.NewEntry(id, baby, EntryType.DIAPER, at, null, OFFSET, at, "Sam", WET));
    }
}
