package nestling.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.store.EntryQuery;
import nestling.store.EntryRepository;
import nestling.store.VaultSession;
import nestling.vault.InboxFile;
import nestling.vault.InboxKeyFile;
import nestling.vault.InboxKeys;
import nestling.vault.VaultOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records that open although the key beside the vault was replaced are held for the parent: never
 * merged unasked, kept through a kill before the choice, merged exactly once when accepted.
 */
class HeldInboxTest {
    private static final char[] PASS = "correct horse battery".toCharArray();
    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path dir;

    private VaultSession unlock() throws Exception {
        VaultSession session = VaultSession.unlock(dir, PASS, VaultOptions.defaults().withFastKdfForTests());
        session.noteAtUnlock(InboxMerge.afterUnlock(session, CLOCK).notices());
        return session;
    }

    private static List<Entry> entries(VaultSession session) {
        return session.database().read(c -> EntryRepository.list(c, EntryQuery.of(null, Instant.EPOCH,
                Instant.now().plusSeconds(3600))));
    }

    @Test
    void recordsUnderAReplacedKeyWaitForTheParentAndAnAcceptedOneIsMergedOnce() throws Exception {
        VaultSession.create(dir, PASS, VaultOptions.defaults().withFastKdfForTests()).close();
        UUID baby;
        try (VaultSession session = unlock()) {
            baby = Journal.of(session.database(), CLOCK).family()
                    .addBaby("Ada", Instant.parse("2026-09-01T08:00:00Z"), ZoneOffset.UTC, null, null).meta().id();
            session.flush();
        }
        byte[] ours = InboxKeyFile.read(dir).orElseThrow();
        InboxKeyFile.write(dir, InboxKeys.generate().publicKey()); // someone swapped the key beside the vault
        Instant t0 = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        for (int i = 0; i < ids.size(); i++) { // sealed to the vault's own key, e.g. by whoever swapped it
            InboxFile.append(dir, ours, new InboxAction.NewEntry(ids.get(i), baby, EntryType.DIAPER,
                    t0.plusSeconds(60L * i), null, ZoneOffset.UTC, t0, "Sam",
                    new EntryData.Diaper(true, false, false, null, null, false, null)).toJson());
        }
        LockedInbox.log(dir, new InboxAction.NewEntry(UUID.randomUUID(), baby, EntryType.DIAPER, t0, null,
                ZoneOffset.UTC, t0, null, new EntryData.Diaper(false, true, false, null, null, false, null)));

        List<HeldInbox.Held> held;
        try (VaultSession session = unlock()) { // closed without a decision: as if killed before the choice
            assertTrue(entries(session).isEmpty(), "nothing merged unasked");
            held = HeldInbox.list(session.database());
            assertEquals(ids, held.stream().map(h -> ((InboxAction.NewEntry) h.action()).entryId()).toList());
            assertEquals(1, HeldInbox.refusals(session.database()).orElseThrow().count(), "the one sealed to the other key");
        }
        assertEquals(java.util.Arrays.toString(ours), java.util.Arrays.toString(InboxKeyFile.read(dir).orElseThrow()));
        try (VaultSession session = unlock()) {
            assertEquals(held, HeldInbox.list(session.database()), "still waiting after the restart");
            Journal journal = Journal.of(session.database(), CLOCK);
            HeldInbox.Accepted accepted = HeldInbox.accept(journal, session.database(), Set.of(held.get(1).key()),
                    CLOCK.instant());
            assertEquals(1, accepted.merged());
            assertEquals(0, HeldInbox.accept(journal, session.database(), Set.of(held.get(1).key()), CLOCK.instant())
                    .merged(), "accepting again merges nothing");
            HeldInbox.drop(session.database(), Set.of(held.get(0).key(), held.get(2).key()));
            session.flush();
        }
        try (VaultSession session = unlock()) {
            assertEquals(List.of(ids.get(1)), entries(session).stream().map(Entry::id).toList());
            assertEquals("Sam", Journal.of(session.database(), CLOCK).family().caregivers(true).stream()
                    .filter(g -> g.meta().id().equals(entries(session).getFirst().meta().createdBy())).findFirst()
                    .orElseThrow().name());
            assertTrue(HeldInbox.list(session.database()).isEmpty());
        }
    }

    @Test
    void aCaregiverAHeldRecordNamesIsAddedOnlyWithARecordThatIsMerged() throws Exception {
        VaultSession.create(dir, PASS, VaultOptions.defaults().withFastKdfForTests()).close();
        Instant t0 = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
        UUID baby;
        try (VaultSession session = unlock()) {
            Journal journal = Journal.of(session.database(), CLOCK);
            baby = journal.family().addBaby("Ada", Instant.parse("2026-09-01T08:00:00Z"), ZoneOffset.UTC, null, null)
                    .meta().id();
            journal.entries().log(baby, t0, t0.plusSeconds(3600), new EntryData.Sleep(nestling.domain.SleepKind.NAP,
                    null, null));
            session.flush();
        }
        InboxAction.NewEntry overlapping = HeldRecords.nap(baby, t0.plusSeconds(600), t0.plusSeconds(1200), "Robin");
        InboxAction.NewEntry diaper = HeldRecords.diaper(baby, t0.plusSeconds(7200), "Kim");
        HeldRecords.sealUnderAReplacedKey(dir, overlapping, diaper);
        try (VaultSession session = unlock()) {
            Set<String> keys = new java.util.HashSet<>();
            HeldInbox.list(session.database()).forEach(h -> keys.add(h.key()));
            assertEquals(2, keys.size());
            HeldInbox.Accepted accepted = HeldInbox.accept(Journal.of(session.database(), CLOCK), session.database(),
                    keys, CLOCK.instant());
            assertEquals(1, accepted.merged());
            assertEquals(1, accepted.refusedBecause().size(), "the nap overlaps the one in the vault");
            session.flush();
        }
        try (VaultSession session = unlock()) {
            List<nestling.domain.Caregiver> caregivers = Journal.of(session.database(), CLOCK).family().caregivers(true);
            assertEquals(List.of("Kim"), caregivers.stream().map(nestling.domain.Caregiver::name).toList(),
                    "Robin's only record was refused: Robin is not added");
            Entry merged = entries(session).stream().filter(e -> e.id().equals(diaper.entryId())).findFirst().orElseThrow();
            assertEquals(caregivers.getFirst().meta().id(), merged.meta().createdBy());
            assertTrue(HeldInbox.list(session.database()).isEmpty());
        }
    }
}
