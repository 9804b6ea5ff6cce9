package nestling.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nestling.domain.Baby;
import nestling.domain.EntryData;
import nestling.domain.LengthPosition;
import nestling.domain.Sex;
import nestling.journal.Journal;
import nestling.store.VaultSession;
import nestling.vault.VaultOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code nestling export --baby NAME --from D --to D}: a copy for the grandparents with that baby,
 * its entries on those days (its growth among them) and nothing else; not recorded as the family's
 * last backup.
 */
class CopyForFamilyCommandTest {
    private static final String PASS = "correct horse battery";

    @TempDir
    Path dir;

    @Test
    void exportForOneBabyAndARangeHoldsOnlyThat() throws Exception {
        Path vault = dir.resolve("vault");
        Path stick = Files.createDirectories(dir.resolve("stick"));
        try (VaultSession session = VaultSession.create(vault, PASS.toCharArray(), VaultOptions.defaults().withFastKdfForTests())) {
            Journal journal = Journal.of(session.database(), java.time.Clock.systemUTC());
            Baby ada = journal.family().addBaby("Ada", Instant.parse("2026-01-10T08:30:00Z"), ZoneOffset.UTC, Sex.FEMALE, null);
            Baby ben = journal.family().addBaby("Ben", Instant.parse("2026-01-10T08:40:00Z"), ZoneOffset.UTC, Sex.MALE, null);
            EntryData wet = new EntryData.Diaper(true, false, false, null, null, false, null);
            journal.entries().log(ada.meta().id(), Instant.parse("2026-02-01T00:00:00Z"), null, wet); // first minute of --from
            journal.entries().log(ada.meta().id(), Instant.parse("2026-02-28T23:59:00Z"), null, wet); // last minute of --to
            journal.entries().log(ada.meta().id(), Instant.parse("2026-02-14T09:00:00Z"), null,
                    new EntryData.Growth(4800, 560, LengthPosition.LYING, 380, null));
            journal.entries().log(ada.meta().id(), Instant.parse("2026-01-31T23:59:00Z"), null, wet); // the day before
            journal.entries().log(ada.meta().id(), Instant.parse("2026-03-01T00:00:00Z"), null, wet); // the day after
            journal.entries().log(ben.meta().id(), Instant.parse("2026-02-14T09:00:00Z"), null, wet); // the other twin
        }

        // --plain: the copy's own passphrase costs a real Argon2id run twice (seconds); CopyForFamilyTest seals one
        Ran export = run(PASS + "\n", "export", "--vault", vault.toString(), "--out",
                stick.toString(), "--baby", "Ada", "--from", "2026-02-01", "--to", "2026-02-28", "--plain",
                "--passphrase-stdin");
        assertEquals(0, export.exit, export.err());
        assertTrue(export.out().startsWith("Backup saved and verified: "), export.out());
        assertTrue(export.err().contains("not recorded as the last backup"), export.err());
        Path copy;
        try (Stream<Path> files = Files.list(stick)) {
            copy = files.findFirst().orElseThrow();
        }

        Ran verify = run("", "verify-backup", "--in", copy.toString(), "--json");
        assertEquals(0, verify.exit, verify.err());
        JsonNode report = JsonMapper.builder().build().readTree(verify.out());
        assertEquals(List.of("Ada"), report.get("babies").valueStream().map(JsonNode::asString).toList());
        assertEquals(Map.of("diaper", 2, "growth", 1), Map.of("diaper", report.get("entriesByType").get("diaper").asInt(),
                "growth", report.get("entriesByType").get("growth").asInt()));
        assertEquals(2, report.get("entriesByType").size(), report.toString());
        assertEquals("2026-02-01T00:00:00Z", report.get("firstEntry").asString());
        assertEquals("2026-02-28T23:59:00Z", report.get("lastEntry").asString());

        // the pediatrician's PDF from the copy alone (grandparents have no vault)
        Path pdf = dir.resolve("ada.pdf");
        Ran pdfReport = run("", "report", "--copy", copy.toString(), "--baby", "Ada", "--from", "2026-02-01", "--to",
                "2026-02-28", "--out", pdf.toString());
        assertEquals(0, pdfReport.exit, pdfReport.err());
        assertTrue(Files.size(pdf) > 1000 && pdfReport.out().startsWith("Report written: "), pdfReport.out());

        Ran backwards = run(PASS + "\n", "export", "--vault", vault.toString(), "--out", stick.toString(),
                "--from", "2026-02-28", "--to", "2026-02-01", "--passphrase-stdin");
        assertEquals(ExitCodes.USAGE, backwards.exit, backwards.err());
        assertTrue(backwards.err().contains("before --from"), backwards.err());
    }

    private record Ran(CliTestConsole console, int exit) {
        String out() {
            return console.out();
        }

        String err() {
            return console.err();
        }
    }

    private static Ran run(String stdin, String... args) {
        CliTestConsole console = new CliTestConsole(stdin, Map.of("TZ", "UTC"));
        return new Ran(console, NestlingCommand.run(args, directory -> { }, console.console));
    }
}
