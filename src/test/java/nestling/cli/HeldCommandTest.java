package nestling.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.util.Map;
import java.util.UUID;
import nestling.domain.Caregiver;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.SleepKind;
import nestling.journal.HeldRecords;
import nestling.journal.InboxAction;
import nestling.journal.InboxMerge;
import nestling.journal.Journal;
import nestling.store.EntryQuery;
import nestling.store.EntryRepository;
import nestling.store.VaultSession;
import nestling.vault.VaultLocation;
import nestling.vault.VaultOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code nestling held}: entries held after a replaced inbox key, listed, accepted exactly once, discarded. */
class HeldCommandTest {
    private static final String PASS = "correct horse battery";
    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path vault;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        CliTestConsole console = new CliTestConsole(PASS + "\n", Map.of("TZ", "UTC"));
        String[] all = new String[args.length + 3];
        all[0] = "held";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--vault=" + vault;
        all[args.length + 2] = "--passphrase-stdin";
        int exit = NestlingCommand.run(all, directory -> { }, console.console);
        return new Run(exit, console.out(), console.err());
    }

    private VaultSession unlock() throws Exception {
        VaultSession session = VaultSession.unlock(vault, PASS.toCharArray(), VaultOptions.defaults().withFastKdfForTests());
        InboxMerge.afterUnlock(session, CLOCK);
        return session;
    }

    @Test
    void heldEntriesAreListedAcceptedOnceAndDiscarded() throws Exception {
        VaultSession.create(vault, PASS.toCharArray(), VaultOptions.defaults().withFastKdfForTests()).close();
        Instant t0 = Instant.now().minus(Duration.ofHours(5)).truncatedTo(ChronoUnit.MINUTES);
        UUID ada;
        try (VaultSession session = unlock()) { // the first unlock writes the inbox key beside the vault
            Journal journal = Journal.of(session.database(), CLOCK);
            ada = journal.family().addBaby("Ada", Instant.parse("2026-01-10T08:00:00Z"), ZoneOffset.UTC, null, null)
                    .meta().id();
            journal.entries().log(ada, t0, t0.plusSeconds(3600), new EntryData.Sleep(SleepKind.NAP, null, null));
            session.flush();
        }
        InboxAction.NewEntry diaper = HeldRecords.diaper(ada, t0.plusSeconds(7200), "Kim");
        InboxAction.NewEntry overlapping = HeldRecords.nap(ada, t0.plusSeconds(600), t0.plusSeconds(1200), "Robin");
        InboxAction.NewEntry other = HeldRecords.diaper(ada, t0.plusSeconds(9000), null);
        HeldRecords.sealUnderAReplacedKey(vault, diaper, overlapping, other);

        Run list = run("list"); // this unlock finds the replaced key and holds the three
        assertEquals(0, list.exit(), list.err());
        assertTrue(list.err().contains("replaced"), list.err());
        List<String> lines = list.out().lines().toList();
        assertEquals(3, lines.size(), list.out());
        assertTrue(lines.get(0).endsWith("  diaper  " + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(t0.plusSeconds(7200).atOffset(ZoneOffset.UTC)) + "  Ada"), lines.get(0));
        assertTrue(lines.get(1).contains("  sleep  "), lines.get(1));
        List<String> keys = lines.stream().map(line -> line.substring(0, line.indexOf(' '))).toList();
        JsonNode rows = JsonMapper.builder().build().readTree(run("list", "--json").out());
        assertEquals(keys.get(2), rows.get(2).path("id").asString());
        assertEquals("Ada", rows.get(2).path("baby").asString());
        assertEquals(t0.plusSeconds(9000).atOffset(ZoneOffset.UTC).toString(), rows.get(2).path("at").asString());

        byte[] before = Files.readAllBytes(vault.resolve(VaultLocation.VAULT_FILE));
        assertEquals(ExitCodes.USAGE, run("accept").exit(), "which ones?");
        assertEquals(ExitCodes.USAGE, run("accept", "--all", keys.get(0)).exit());
        Run unknown = run("accept", keys.get(0), "ffffffffffffffffffff");
        assertEquals(ExitCodes.NOT_FOUND_OR_EXISTS, unknown.exit());
        assertTrue(unknown.err().contains("nothing was changed"), unknown.err());
        assertArrayEquals(before, Files.readAllBytes(vault.resolve(VaultLocation.VAULT_FILE)), "nothing partial");

        Run accepted = run("accept", keys.get(0).substring(0, 8), keys.get(1));
        assertEquals(0, accepted.exit(), accepted.err());
        assertEquals("Added 1 held entry.\n", accepted.out());
        assertTrue(accepted.err().contains("a held entry was refused and not added (the entry is not valid here"),
                accepted.err());
        Run again = run("accept", keys.get(0));
        assertEquals(ExitCodes.NOT_FOUND_OR_EXISTS, again.exit(), "accepted exactly once: " + again.out());

        Run discarded = run("discard", "--all");
        assertEquals(0, discarded.exit(), discarded.err());
        assertEquals("Discarded 1 held entry; it was not added.\n", discarded.out());
        assertEquals("No entry logged while locked is held.\n", run("list").out());

        try (VaultSession session = unlock()) {
            List<Entry> entries = session.database().read(c -> EntryRepository.list(c, EntryQuery.of(null,
                    Instant.EPOCH, Instant.now().plusSeconds(3600))));
            assertEquals(2, entries.size(), "the nap logged before and the one diaper accepted");
            assertTrue(entries.stream().anyMatch(e -> e.id().equals(diaper.entryId())));
            assertEquals(List.of("Kim"), Journal.of(session.database(), CLOCK).family().caregivers(true).stream()
                    .map(Caregiver::name).toList(), "Robin's record was refused: Robin is not added");
        }
    }
}
