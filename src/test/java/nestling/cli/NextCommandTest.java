package nestling.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import nestling.domain.Baby;
import nestling.domain.GestationalAge;
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

class NextCommandTest {
    @TempDir
    static Path directory;

    @BeforeAll
    static void vault() throws Exception {
        try (VaultSession session = VaultSession.create(directory, InsightsVault.PASS.toCharArray(),
                VaultOptions.defaults().withFastKdfForTests())) {
            TestFamily family = new TestFamily(session.database());
            // Born at 34 weeks on 1 January: on 8 May she is 127 days old, 85 days corrected (12 weeks).
            Baby ada = family.baby("Ada", "2026-01-01T08:00", Sex.FEMALE, new GestationalAge(34, 0));
            family.baby("Ben", "2026-01-01T08:05", Sex.MALE, null);
            for (int d = 1; d <= 8; d++) {
                LocalDate day = LocalDate.of(2026, 5, d);
                family.sleep(ada, day.minusDays(1) + "T19:30", day + "T06:30", SleepKind.NIGHT);
                family.sleep(ada, day + "T08:00", day + "T09:00", SleepKind.NAP);
                if (d < 8) {
                    family.sleep(ada, day + "T11:30", day + "T12:30", SleepKind.NAP);
                }
            }
            session.flush();
        }
    }

    private static CliTestConsole next(int exit, String... more) {
        String[] base = {"next", "--vault", directory.toString(), "--passphrase-stdin", "--zone", "Europe/Berlin"};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return InsightsVault.run(exit, args);
    }

    @Test
    void theWindowAndItsReasonsInWords() {
        String out = next(0, "--baby", "Ada", "--at", "2026-05-08T09:20").out();
        assertTrue(out.startsWith("Ada: next nap around 11:20–11:40."), out);
        assertTrue(out.contains("Awake since 09:00 (20 min)."), out);
        assertTrue(out.contains("2 h 30 min (median; half of them between 2 h 30 min and 2 h 30 min), from 7 windows on 7 days."), out);
        assertTrue(out.contains("Usual for this age (corrected for birth before term): 1 h 15 min to 2 h (Summer Health"), out);
        assertTrue(out.contains("not medical advice"), out);
    }

    @Test
    void jsonForScriptsAndAnHonestNotEnoughData() {
        JsonNode ada = JsonMapper.builder().build().readTree(next(0, "--baby", "Ada", "--at", "2026-05-08T12:00", "--json").out());
        assertEquals("estimate", ada.get("status").asString());
        assertEquals("2026-05-08T11:30+02:00", ada.get("likely").asString());
        assertTrue(ada.get("overdue").asBoolean(), "asked at 12:00, the 11:20–11:40 window has passed");
        assertEquals(150, ada.get("usualWakeMinutes").asInt());
        assertTrue(ada.get("ageRange").get("correctedAge").asBoolean());

        String ben = next(0, "--baby", "Ben", "--at", "2026-05-08T12:00").out();
        assertTrue(ben.startsWith("Ben: not enough data yet"), ben);
        assertTrue(ben.contains("No sleep ended in the last 6 hours"), ben);
        next(2, "--baby", "Ada", "--at", "yesterday");
    }
}
