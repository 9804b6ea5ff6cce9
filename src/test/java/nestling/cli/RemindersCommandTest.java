package nestling.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import nestling.domain.Baby;
import nestling.domain.DoseUnit;
import nestling.domain.Sex;
import nestling.insights.TestFamily;
import nestling.store.VaultSession;
import nestling.vault.VaultOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code nestling reminders}: what is due at a given time, in words and as JSON. */
class RemindersCommandTest {
    @TempDir
    static Path directory;

    @BeforeAll
    static void vault() throws Exception {
        try (VaultSession session = VaultSession.create(directory, InsightsVault.PASS.toCharArray(),
                VaultOptions.defaults().withFastKdfForTests())) {
            TestFamily family = new TestFamily(session.database());
            Baby ada = family.baby("Ada", "2026-10-01T08:00", Sex.FEMALE, null);
            family.medicine(ada, "2026-11-21T02:25", "Paracetamol", "2.5", DoseUnit.ML); // every 6 h: due 08:25
            session.flush();
        }
    }

    private static CliTestConsole reminders(String at, String... more) {
        String[] base = {"reminders", "--vault", directory.toString(), "--passphrase-stdin", "--zone", "Europe/Berlin",
            "--at", at};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return InsightsVault.run(ExitCodes.OK, args);
    }

    @Test
    void theDoseIsDueThenOverdueAndTheBackupIsDueAWeekAfterTheFirstEntryWasWritten() {
        assertEquals("Nothing is due.", reminders("2026-11-21T08:00").out().strip());
        String after = reminders("2026-11-21T09:00").out();
        assertTrue(after.startsWith("overdue   medicine Paracetamol Ada: due 2026-11-21T08:25"), after);
        // the family's entries were written at TestFamily's clock, 2027-06-01 14:00 in Berlin
        assertEquals("due       backup    family: due 2027-06-08T14:00, no backup made on this computer yet",
                reminders("2027-06-08T14:00").out().strip());
    }

    @Test
    void jsonListsEveryReminderWithAll() throws Exception {
        JsonNode rows = JsonMapper.builder().build().readTree(reminders("2026-11-21T08:00", "--json", "--all").out());
        assertEquals(2, rows.size());
        assertEquals("backup", rows.get(1).get("kind").asString());
        JsonNode dose = rows.get(0); // the baby's before the family's backup
        assertEquals("medicine", dose.get("kind").asString());
        assertEquals("not-due", dose.get("state").asString());
        assertEquals("Paracetamol", dose.get("medicine").asString());
        assertEquals("2026-11-21T08:25+01:00", dose.get("dueAt").asString());
        assertEquals("2026-11-21T08:55+01:00", dose.get("warningAt").asString());
    }
}
