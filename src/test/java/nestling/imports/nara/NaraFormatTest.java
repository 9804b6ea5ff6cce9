package nestling.imports.nara;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import nestling.domain.BottleContent;
import nestling.domain.EntryData;
import nestling.domain.LengthPosition;
import nestling.domain.Side;
import nestling.domain.StoolColour;
import nestling.domain.StoolConsistency;
import nestling.imports.ExportFiles;
import nestling.imports.ImportFormatException;
import nestling.imports.SourceAnswers;
import nestling.imports.SourceReading;
import nestling.imports.SourceRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every Nara Baby column family, on one file per child (US units for Ada, metric for Ben). */
class NaraFormatTest {
    private static final SourceAnswers BERLIN = new SourceAnswers(null, ZoneId.of("Europe/Berlin"));
    /** 2024-03-31 01:30 in New York (EDT, -04:00). */
    static final long T = Instant.parse("2024-03-31T05:30:00Z").toEpochMilli();

    @TempDir
    Path dir;

    static Map<String, String> row(String type, String key, long epoch, String... more) {
        Map<String, String> values = new java.util.HashMap<>(Map.of("Type", type, "Profile Name", "Ada",
                "_profileKey", "p-ada", "_activityKey", key, "Start Date/time (Epoch)", Long.toString(epoch),
                "Time Zone", "America/New_York", "Created By Caregiver", "Sam"));
        for (int i = 0; i < more.length; i += 2) {
            values.put(more[i], more[i + 1]);
        }
        return values;
    }

    static Path adaFile(Path dir) throws Exception {
        return ExportFiles.write(dir.resolve("Ada.csv"), List.of(ExportFiles.naraHeader(),
                ExportFiles.naraRow(row("Profile", "prof", T, "[Profile] Birth Date", "2024-01-05")),
                ExportFiles.naraRow(row("Breastfeed", "a1", T, "[Breastfeed] Begin Side", "LEFT.nonTimer",
                        "[Breastfeed] End Side", "RIGHT.nonTimer", "[Breastfeed] Left Duration (Seconds)", "600.9",
                        "[Breastfeed] Right Duration (Seconds)", "480", "Note", "calm,\nthen \"hungry\"")),
                ExportFiles.naraRow(row("Bottle Feed", "a2", T + 3_600_000, "[Bottle Feed] Type", "Breast Milk Formula",
                        "[Bottle Feed] Breast Milk Volume", "2", "[Bottle Feed] Breast Milk Volume Unit", "FLOZ",
                        "[Bottle Feed] Formula Volume", "1.5", "[Bottle Feed] Formula Volume Unit", "FLOZ")),
                ExportFiles.naraRow(row("Diaper", "a3", T + 7_200_000, "[Diaper] Type", "Dirty Wet",
                        "[Diaper] Dirty Color", "UNKNOWN GREEN", "[Diaper] Dirty Texture", "SEEDY")),
                ExportFiles.naraRow(row("Sleep", "a4", T + 10_800_000, "[Sleep] End Date/time (Epoch)",
                        Long.toString(T + 10_800_000 + 5_400_000))),
                ExportFiles.naraRow(row("Pump", "a5", T, "[Pump] Left Volume", "2", "[Pump] Left Volume Unit", "FLOZ",
                        "[Pump] Right Volume", "60", "[Pump] Right Volume Unit", "ML", "[Pump] Duration (Seconds)", "900")),
                ExportFiles.naraRow(row("Growth", "a6", T, "[Growth] Weight", "11", "[Growth] Weight Unit", "LB",
                        "[Growth] Height", "24", "[Growth] Height Unit", "IN", "[Growth] Head Size", "15.75",
                        "[Growth] Head Size Unit", "IN")),
                ExportFiles.naraRow(row("Solid Feed", "a7", T, "[Solid Feed] Food", "Banana, Oats", "[Solid Feed] Meal",
                        "Breakfast")),
                ExportFiles.naraRow(row("Vaccine", "a8", T, "[Vaccine] Vaccine", "Rotavirus")),
                ExportFiles.naraRow(row("Milestone", "a9", T, "[Milestone] Milestone", "First smile"))));
    }

    @Test
    void everyFamilyLandsInItsFields() throws Exception {
        SourceReading reading = new NaraFormat().read(adaFile(dir), BERLIN);
        assertTrue(reading.refused().isEmpty(), reading.refused().toString());
        assertEquals(1, reading.babies().size());
        assertEquals(LocalDate.of(2024, 1, 5), reading.babies().getFirst().birthDate());
        assertEquals("p-ada", reading.babies().getFirst().key());

        SourceRow feed = reading.rows().get(0);
        assertEquals(LocalDateTime.of(2024, 3, 31, 1, 30), feed.start(), "in the phone's zone");
        assertEquals(ZoneOffset.ofHours(-4), feed.offset());
        assertEquals("a1", feed.sourceKey());
        assertEquals("p-ada", feed.sourceBaby());
        assertEquals(new EntryData.Breastfeeding(600, 480, Side.RIGHT, 1, 0, "calm,\nthen \"hungry\"\nLogged by: Sam"),
                feed.data());
        assertEquals(feed.start().plusSeconds(1080), feed.end());

        assertEquals(new EntryData.Bottle(BottleContent.MIXED, 59 + 44, "Logged by: Sam\nBreast milk 59 ml, formula 44 ml"),
                reading.rows().get(1).data());
        assertEquals(new EntryData.Diaper(true, true, false, StoolColour.GREEN, StoolConsistency.SEEDY, false,
                "Logged by: Sam\nColour: UNKNOWN GREEN"), reading.rows().get(2).data());
        SourceRow sleep = reading.rows().get(3);
        assertEquals(sleep.start().plusMinutes(90), sleep.end());
        SourceRow pump = reading.rows().get(4);
        assertEquals(new EntryData.Pumping(59, 60, "Logged by: Sam"), pump.data());
        assertEquals(pump.start().plusMinutes(15), pump.end());
        assertEquals(new EntryData.Growth(4990, 610, LengthPosition.LYING, 400, "Logged by: Sam"), reading.rows().get(5).data(),
                "11 lb = 4,989.5 g; 24 in = 609.6 mm; 15.75 in = 400.05 mm");
        assertEquals(new EntryData.Solids(List.of("Banana", "Oats"), null, null, null, "Logged by: Sam\nMeal: Breakfast"),
                reading.rows().get(6).data());
        assertEquals(new EntryData.Note("Vaccine: Rotavirus\nLogged by: Sam"), reading.rows().get(7).data());
        assertEquals("First smile", assertInstanceOf(EntryData.Milestone.class, reading.rows().get(8).data()).title());
    }

    @Test
    void aFolderOfChildrenAndAComboFeedAsTwoEntries() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("nara"));
        adaFile(folder);
        // the fixture's header has no Combo Feed columns: give Ben's file its own header with them
        List<String> header = ExportFiles.NARA_HEADER.stream().map(c -> c.replace("[Breastfeed]", "[Combo Feed]")
                .replace("[Bottle Feed]", "[Combo Feed]")).toList();
        Map<String, String> combo = row("Combo Feed", "b1", T, "Profile Name", "Ben", "_profileKey", "p-ben", "Time Zone",
                "", "[Combo Feed] Left Duration (Seconds)", "300", "[Combo Feed] End Side", "LEFT.timer",
                "[Combo Feed] Type", "Formula", "[Combo Feed] Formula Volume", "60", "[Combo Feed] Formula Volume Unit",
                "ML");
        StringBuilder line = new StringBuilder();
        for (String column : header) {
            line.append(line.isEmpty() ? "" : ",").append('"').append(combo.getOrDefault(column, "")).append('"');
        }
        ExportFiles.write(folder.resolve("Ben.csv"), List.of(String.join(",", header), line.toString()));
        SourceReading reading = new NaraFormat().read(folder, BERLIN);
        assertEquals(List.of("Ada", "Ben"), reading.babies().stream().map(b -> b.name()).toList());
        List<SourceRow> ben = reading.rows().stream().filter(r -> "p-ben".equals(r.sourceBaby())).toList();
        assertEquals(2, ben.size());
        assertEquals(new EntryData.Breastfeeding(300, 0, Side.LEFT, 0, 0, "Logged by: Sam"), ben.get(0).data());
        assertEquals(new EntryData.Bottle(BottleContent.FORMULA, 60, "Logged by: Sam"), ben.get(1).data());
        assertEquals(ZoneOffset.ofHours(2), ben.get(0).offset(), "no zone in the file: the parent's (Berlin, CEST)");
    }

    @Test
    void unreadableRowsAreRefusedAndAForeignFileWhole() throws Exception {
        Path file = ExportFiles.write(dir.resolve("x.csv"), List.of(ExportFiles.naraHeader(),
                ExportFiles.naraRow(row("Growth", "g1", T, "[Growth] Weight", "5", "[Growth] Weight Unit", "STONE")),
                ExportFiles.naraRow(row("Bottle Feed", "g2", T)),
                ExportFiles.naraRow(row("Diaper", "g3", T, "[Diaper] Type", "toString")),
                ExportFiles.naraRow(row("Sleep", "g4", 0, "Start Date/time (Epoch)", "soon"))));
        SourceReading reading = new NaraFormat().read(file, BERLIN);
        assertEquals(List.of("the weight has a unit Nestling does not know", "a bottle without an amount cannot be imported",
                "a diaper that is neither wet, dirty nor dry", "the start time is not a time Nara Baby writes"),
                reading.refused().stream().map(r -> r.reason()).toList());
        assertEquals(List.of(2, 3, 4, 5), reading.refused().stream().map(r -> r.where().line()).toList());
        Path huckleberry = ExportFiles.write(dir.resolve("h.csv"), ExportFiles.HUCKLEBERRY);
        var e = assertThrows(ImportFormatException.class, () -> new NaraFormat().read(huckleberry, BERLIN));
        assertTrue(e.getMessage().startsWith("h.csv is not a Nara Baby export"), e.getMessage());
    }
}
