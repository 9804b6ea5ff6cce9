package nestling.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import nestling.domain.Baby;
import nestling.domain.Caregiver;
import nestling.domain.DoseUnit;
import nestling.domain.EntryData;
import nestling.domain.Sex;
import nestling.domain.SleepKind;
import nestling.insights.TestFamily;
import nestling.store.VaultSession;
import nestling.vault.VaultOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class HandoverCommandTest {
    @TempDir
    static Path directory;

    @BeforeAll
    static void vault() throws Exception {
        try (VaultSession session = VaultSession.create(directory, InsightsVault.PASS.toCharArray(),
                VaultOptions.defaults().withFastKdfForTests())) {
            TestFamily family = new TestFamily(session.database());
            Baby ada = family.baby("Ada", "2026-10-01T08:00", Sex.FEMALE, null);
            Caregiver oma = family.journal.family().addCaregiver("Oma", null, null);
            // Oma's evening, then the night she slept through:
            family.journal.entries().log(ada.meta().id(), TestFamily.at("2026-11-20T21:00"), null,
                    new EntryData.Diaper(true, false, false, null, null, false, null), oma.meta().id());
            family.journal.entries().log(ada.meta().id(), TestFamily.at("2026-11-20T21:40"), null,
                    new EntryData.Bottle(null, 90, null), oma.meta().id());
            family.sleep(ada, "2026-11-20T22:30", "2026-11-21T01:50", SleepKind.NIGHT);
            family.breast(ada, "2026-11-21T02:00", "2026-11-21T02:20", 600, 540);
            family.diaper(ada, "2026-11-21T01:55", true, false);
            family.medicine(ada, "2026-11-21T02:25", "Paracetamol", "2.5", DoseUnit.ML);
            family.sleep(ada, "2026-11-21T02:30", "2026-11-21T05:40", SleepKind.NIGHT);
            family.note(ada, "2026-11-21T03:00", "Coughed a little, settled by herself");
            family.diaper(ada, "2026-11-21T05:45", true, true);
            family.bottle(ada, "2026-11-21T05:50", 120);
            session.flush();
        }
    }

    private static CliTestConsole handover(int exit, String... more) {
        String[] base = {"handover", "--vault", directory.toString(), "--passphrase-stdin", "--zone", "Europe/Berlin",
            "--baby", "Ada", "--at", "2026-11-21T06:10"};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return InsightsVault.run(exit, args);
    }

    @Test
    void sinceTenLastNightInWords() {
        String out = handover(0, "--since", "22:00").out();
        assertTrue(out.startsWith("Ada, since Fri 20 Nov 22:00 (8 h 10 min)"), out);
        assertTrue(out.contains("Last feed: 05:50, 120 ml, formula (20 min ago)"), out);
        assertTrue(out.contains("Sleep: awake since 05:40 (30 min)"), out);
        assertTrue(out.contains("Slept: 6 h 30 min in this time"), out);
        assertTrue(out.contains("Feeds: 2 (bottle 120 ml, breast 19 min)"), out);
        assertTrue(out.contains("Diapers: 2 (2 wet, 1 dirty)"), out);
        assertTrue(out.contains("Medicine: 02:25 Paracetamol 2.5 ml"), out);
        assertTrue(out.contains("Next dose: Paracetamol not before 08:25 (in 2 h 15 min)"), out);
        assertTrue(out.contains("Note: 03:00 Coughed a little, settled by herself"), out);
    }

    @Test
    void sinceTheCaregiversOwnLastEntryAsJson() {
        JsonNode root = JsonMapper.builder().build().readTree(handover(0, "--caregiver", "Oma", "--json").out());
        assertEquals("2026-11-20T21:40+01:00", root.get("since").asString(), "Oma's bottle at 21:40 was her last entry");
        assertEquals(3, root.get("feeds").asInt(), "her own bottle counts: the period starts with it");
        assertEquals(210, root.get("bottleMl").asInt());
        assertEquals(2, root.get("diapers").asInt());
        assertEquals("2026-11-21T08:25+01:00", root.get("nextDoses").get(0).get("notBefore").asString());
        assertEquals(false, root.get("nextDoses").get(0).get("dueNow").asBoolean());
    }

    @Test
    void mistakesSayWhatIsWrong() {
        assertTrue(handover(2, "--since", "22:00", "--caregiver", "Oma").err().contains("not both"));
        assertTrue(handover(6, "--caregiver", "Nobody").err().contains("no caregiver with that name"));
        assertTrue(handover(2, "--since", "2026-11-22T10:00").err().contains("after now"));
    }
}
