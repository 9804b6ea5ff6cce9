package nestling.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Realistic exports of the other apps, built from their public descriptions (column names and value
 * shapes as their exports write them; all values invented): a BOM and Windows line endings as phones
 * write them, a note over several lines with quotes and commas, both unit systems, a night of each
 * DST change in Europe/Berlin and a second child.
 */
public final class ExportFiles {
    private ExportFiles() {
    }

    /** Huckleberry, one child, metric and US amounts mixed (the app writes each row's unit), newer caregiver column. */
    public static final List<String> HUCKLEBERRY = List.of(
            "Type,Start,End,Duration,Start Condition,Start Location,End Condition,Notes,Caregiver",
            "Sleep,2024-03-30 20:10,2024-03-31 06:05,09:55,Upset,Crib,Woke up happy,,Sam",
            "Feed,2024-03-31 02:30,2024-03-31 03:50,,00:12L,Breast,00:08R,\"Latched well, then \"\"fussy\"\"\r\nswitched sides\",Sam",
            "Feed,2024-03-31 09:00,,,Formula,Bottle,4oz,,Alex",
            "Feed,2024-03-31 12:00,,,Breast Milk,Bottle,120ml,,Alex",
            "Feed,2024-03-31 12:30,,,Formula,Bottle,5000ml,typo in the app,Alex",
            "Diaper,2024-03-31 09:30,,,Yellow,Seedy,Both,,Sam",
            "Diaper,2024-03-31 13:00,,,,,Pee,,Sam",
            "Pump,2024-03-31 10:00,2024-03-31 10:20,00:20,2.5oz,,3oz,,Sam",
            "Solids,2024-03-31 11:00,,,\"Carrot, Pear\",Loved it,2 spoons,first time!,Alex",
            "Growth,2024-03-31 15:00,,,11 lb 4 oz,24.5in,40.5cm,doctor,Alex",
            "Meds,2024-03-31 16:00,,,2.5 ml,Paracetamol,,after vaccine,Alex",
            "Temp,2024-03-31 16:05,,,100.4°F,Armpit,,warm,Alex",
            "Tummy time,2024-03-31 17:00,2024-03-31 17:10,00:10,,,,,Sam",
            "Potty,2024-03-31 18:00,,,,,,tried,Sam",
            "Sleep,2024-10-27 01:40,2024-10-27 02:20,00:40,,Stroller,,autumn night,Sam",
            "Feed,2024-10-27 02:30,,00:15,00:15L,Breast,,,Sam",
            "Sleep,2024-11-02 13:00,,,,Crib,,still running,Sam");

    /** Nara Baby, one file per child: Ada's rows (US units on the phone) and Ben's (metric). */
    public static final List<String> NARA_HEADER = List.of("Type", "Profile Name", "Start Date/time",
            "Start Date/time (Epoch)", "Created By Caregiver", "Last Updated By Caregiver", "Note", "Time Zone",
            "[Bottle Feed] Type", "[Bottle Feed] Breast Milk Volume", "[Bottle Feed] Breast Milk Volume Unit",
            "[Bottle Feed] Formula Name", "[Bottle Feed] Formula Volume", "[Bottle Feed] Formula Volume Unit",
            "[Bottle Feed] Volume", "[Bottle Feed] Volume Unit", "[Diaper] Type", "[Diaper] Detail",
            "[Diaper] Dirty Color", "[Diaper] Dirty Texture", "[Sleep] Duration (Seconds)", "[Sleep] End Date/time",
            "[Sleep] End Date/time (Epoch)", "[Growth] Head Size", "[Growth] Head Size Unit", "[Growth] Height",
            "[Growth] Height Unit", "[Growth] Weight", "[Growth] Weight Unit", "[Solid Feed] Food", "[Solid Feed] Meal",
            "[Milestone] Milestone", "[Vaccine] Vaccine", "[Profile] Birth Date", "[Profile] Sex", "_profileKey",
            "_activityKey", "[Breastfeed] Begin Side", "[Breastfeed] End Side", "[Breastfeed] Left Duration (Seconds)",
            "[Breastfeed] Right Duration (Seconds)", "[Pump] Duration (Seconds)", "[Pump] Left Volume",
            "[Pump] Left Volume Unit", "[Pump] Right Volume", "[Pump] Right Volume Unit", "[Pump] Total Volume",
            "[Pump] Total Volume Unit");

    /** Writes {@code lines} as a phone does: a BOM, CRLF. */
    public static Path write(Path file, List<String> lines) throws IOException {
        Files.writeString(file, "\uFEFF" + String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return file;
    }

    /** A Nara row: the named columns set, the rest empty, every field quoted as Nara quotes them. */
    public static String naraRow(java.util.Map<String, String> values) {
        StringBuilder row = new StringBuilder();
        for (String column : NARA_HEADER) {
            String value = values.getOrDefault(column, "");
            row.append(row.isEmpty() ? "" : ",").append('"').append(value.replace("\"", "\"\"")).append('"');
        }
        return row.toString();
    }

    public static String naraHeader() {
        return String.join(",", NARA_HEADER.stream().map(c -> "\"" + c + "\"").toList());
    }
}
