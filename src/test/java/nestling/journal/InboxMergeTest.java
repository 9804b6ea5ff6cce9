package nestling.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.Side;
import nestling.domain.TimerKind;
import nestling.store.EntryQuery;
import nestling.store.EntryRepository;
import nestling.store.LockScreenFile;
import nestling.store.VaultSession;
import nestling.vault.AtomicFileWriter;
import nestling.vault.InboxFile;
import nestling.vault.InboxKeyFile;
import nestling.vault.InboxKeys;
import nestling.vault.RefusedInboxCopies;
import nestling.vault.VaultOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The merge at unlock: exactly once whatever is killed when, refused records kept aside, never lost. */
class InboxMergeTest {
    /**
     * Long enough that ciphertext never holds it by chance: with "Ada", a snapshot's 480 KB of
     * random-looking bytes held those three letters in one run (about a 3 % chance per file).
     */
    private static final String BABY = "Adalind Wolkenstein";

    private static final char[] PASS = "correct horse battery".toCharArray();
    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path dir;

    private UUID babyId;
    private final Instant t0 = Instant.now().minus(Duration.ofHours(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

    @BeforeEach
    void vaultWithABaby() throws Exception {
        VaultSession.create(dir, PASS, options()).close();
        try (VaultSession session = unlock(options())) {
            babyId = Journal.of(session.database(), CLOCK).family()
                    .addBaby(BABY, Instant.parse("2026-09-01T08:00:00Z"), ZoneOffset.UTC, null, null).meta().id();
            session.flush();
        }
        assertTrue(Files.exists(InboxKeyFile.path(dir)), "the public key is beside the vault after the first unlock");
        assertEquals(BABY, LockScreenFile.read(dir).getFirst().name());
    }

    private static VaultOptions options() {
        return VaultOptions.defaults().withFastKdfForTests();
    }

    private VaultSession unlock(VaultOptions options) throws Exception {
        VaultSession session = VaultSession.unlock(dir, PASS, options);
        session.noteAtUnlock(InboxMerge.afterUnlock(session, CLOCK).notices());
        return session;
    }

    /** Three diapers, and a breastfeed started, switched and stopped: all while locked. */
    private List<UUID> logWhileLocked() throws IOException {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            LockedInbox.log(dir, new InboxAction.NewEntry(id, babyId, EntryType.DIAPER, t0.plusSeconds(60L * i), null,
                    ZoneOffset.ofHours(1), t0.plusSeconds(60L * i), "Sam",
                    new EntryData.Diaper(true, false, false, null, null, false, null)));
        }
        UUID timer = UUID.randomUUID();
        UUID feed = UUID.randomUUID();
        ids.add(feed);
        Instant start = t0.plusSeconds(600);
        LockedInbox.log(dir, new InboxAction.TimerAction(InboxAction.Op.START, timer, start, ZoneOffset.ofHours(1), babyId,
                TimerKind.BREASTFEEDING, Side.LEFT, null, null));
        LockedInbox.log(dir, new InboxAction.TimerAction(InboxAction.Op.SWITCH_SIDE, timer, start.plusSeconds(300),
                ZoneOffset.ofHours(1), null, null, null, null, null));
        LockedInbox.log(dir, new InboxAction.TimerAction(InboxAction.Op.STOP, timer, start.plusSeconds(720),
                ZoneOffset.ofHours(1), null, null, null, feed, null));
        return ids;
    }

    private static List<Entry> entries(VaultSession session) {
        return session.database().read(c -> EntryRepository.list(c, EntryQuery.of(null, Instant.EPOCH, Instant.now().plusSeconds(3600))));
    }

    private void assertMergedOnce(VaultSession session, List<UUID> ids) {
        List<Entry> entries = entries(session);
        assertEquals(ids.size(), entries.size(), entries.toString());
        assertTrue(entries.stream().map(Entry::id).toList().containsAll(ids));
        EntryData.Breastfeeding feed = (EntryData.Breastfeeding) entries.stream().filter(e -> e.id().equals(ids.getLast()))
                .findFirst().orElseThrow().data();
        assertEquals(300, feed.leftSeconds());
        assertEquals(420, feed.rightSeconds());
        assertEquals(1, feed.sideSwitches());
        assertTrue(Journal.of(session.database(), CLOCK).timers().running(null).isEmpty());
        String sam = Journal.of(session.database(), CLOCK).family().caregiverNamed("Sam").orElseThrow().meta().id().toString();
        assertEquals(3, entries.stream().filter(e -> e.meta().createdBy() != null
                && e.meta().createdBy().toString().equals(sam)).count(), "the caregiver named while locked");
    }

    @Test
    void aSaveThatFailsAfterApplyingKeepsTheInboxAndTheNextUnlockMergesOnce() throws Exception {
        List<UUID> ids = logWhileLocked();
        byte[] inbox = Files.readAllBytes(InboxFile.path(dir));
        AtomicBoolean diskFull = new AtomicBoolean(true);
        VaultOptions failing = options().withFaults(step -> {
            if (diskFull.get() && step == AtomicFileWriter.Step.WRITE_BLOCK) {
                throw new IOException("No space left on device");
            }
        });
        try (VaultSession session = unlock(failing)) {
            assertEquals(1, session.unlockNotices().size(), session.unlockNotices().toString());
            assertArrayEquals(inbox, Files.readAllBytes(InboxFile.path(dir)), "the inbox stays until the vault is saved");
        } // closing cannot save either: as if killed
        try (VaultSession session = unlock(options())) {
            assertEquals(List.of(), session.unlockNotices());
            assertMergedOnce(session, ids);
            assertEquals(0, Files.size(InboxFile.path(dir)));
        }
    }

    @Test
    void aKillAfterTheSaveButBeforeTheInboxIsEmptiedNeverDuplicates() throws Exception {
        List<UUID> ids = logWhileLocked();
        byte[] inbox = Files.readAllBytes(InboxFile.path(dir));
        try (VaultSession session = unlock(options())) {
            assertMergedOnce(session, ids);
        }
        Files.write(InboxFile.path(dir), inbox); // the inbox as a kill before clear() leaves it
        try (VaultSession session = unlock(options())) {
            assertMergedOnce(session, ids);
            assertEquals(List.of(), session.unlockNotices());
        }
    }

    @Test
    void aReplacedPublicKeyIsReportedAndItsRecordsKeptAside() throws Exception {
        byte[] ours = InboxKeyFile.read(dir).orElseThrow();
        InboxKeyFile.write(dir, InboxKeys.generate().publicKey()); // someone swapped the key beside the vault
        logWhileLocked();
        // copies earlier refusals left (the oldest first); a file of another name beside them is not Nestling's to delete
        for (long t = 1; t <= RefusedInboxCopies.KEPT; t++) {
            Files.writeString(dir.resolve(RefusedInboxCopies.name(1_700_000_000_000L + t)), "older " + t);
        }
        Files.writeString(dir.resolve("nestling.inbox.refused-notes"), "the parent's own");
        try (VaultSession session = unlock(options())) {
            assertTrue(entries(session).isEmpty(), "records sealed to another key cannot be opened");
            assertTrue(session.unlockNotices().getFirst().contains("replaced"), session.unlockNotices().toString());
            assertTrue(session.unlockNotices().stream().anyMatch(n -> n.contains("foreign key")));
            HeldInbox.Refusals told = HeldInbox.refusals(session.database()).orElseThrow();
            assertTrue(told.keyReplaced() && told.count() == 6, "the window is told: " + told);
        }
        assertArrayEquals(ours, InboxKeyFile.read(dir).orElseThrow(), "the vault's own key is written back");
        try (var kept = Files.list(dir)) {
            List<String> copies = kept.map(p -> p.getFileName().toString())
                    .filter(name -> name.startsWith("nestling.inbox.refused-")).sorted().toList();
            Path copy = dir.resolve(copies.get(copies.size() - 2)); // this merge's: newer than the planted ones
            assertTrue(Files.size(copy) > 100, "kept aside for the parent to accept or drop");
            assertEquals(List.of(RefusedInboxCopies.name(1_700_000_000_002L), RefusedInboxCopies.name(1_700_000_000_003L),
                    RefusedInboxCopies.name(1_700_000_000_004L), RefusedInboxCopies.name(1_700_000_000_005L),
                    copy.getFileName().toString(), "nestling.inbox.refused-notes"), copies,
                    "the newest " + RefusedInboxCopies.KEPT + " copies stay, the oldest is deleted");
        }
        assertEquals(0, Files.size(InboxFile.path(dir)));
    }

    /** The merge checks a run of entries against each other too, not only against what the vault held. */
    @Test
    void sleepsThatOverlapOneInTheVaultOrOneMergedJustBeforeAreRefused() throws Exception {
        try (VaultSession session = unlock(options())) {
            Journal.of(session.database(), CLOCK).entries().log(babyId, t0, t0.plusSeconds(1800), sleep());
            session.flush();
        }
        UUID kept = UUID.randomUUID();
        Instant[][] spans = {{t0.plusSeconds(600), t0.plusSeconds(2400)}, // overlaps the one in the vault
            {t0.plusSeconds(3600), t0.plusSeconds(5400)}, {t0.plusSeconds(4000), t0.plusSeconds(4500)}}; // 2nd, 3rd overlap
        for (Instant[] span : spans) {
            LockedInbox.log(dir, new InboxAction.NewEntry(span == spans[1] ? kept : UUID.randomUUID(), babyId,
                    EntryType.SLEEP, span[0], span[1], ZoneOffset.UTC, span[0], null, sleep()));
        }
        try (VaultSession session = unlock(options())) {
            assertEquals(2, session.unlockNotices().stream().filter(n -> n.contains("overlaps")).count(),
                    session.unlockNotices().toString());
            assertEquals(2, entries(session).size());
            assertTrue(entries(session).stream().anyMatch(e -> e.id().equals(kept)));
            assertEquals(2, HeldInbox.refusals(session.database()).orElseThrow().count(), "told after unlock");
        }
    }

    private static EntryData.Sleep sleep() {
        return new EntryData.Sleep(nestling.domain.SleepKind.NAP, null, null);
    }

    @Test
    void logWhileLockedOffLeavesNoNameOnDisk() throws Exception {
        try (VaultSession session = unlock(options())) {
            session.database().write(c -> {
                nestling.store.Settings.put(c, LockScreenFile.SETTING, "off");
                return null;
            });
            session.flush();
        }
        assertFalse(Files.exists(LockScreenFile.path(dir)));
        try (var files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8).contains(BABY),
                        file.toString());
            }
        }
    }
}
