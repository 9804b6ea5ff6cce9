package nestling.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import nestling.imports.ExportFiles;

/**
 * Exports of N rows for the import benchmark, as the apps write them (a BOM and CRLF where phones
 * write them), a quarter of an hour apart from 2019-06-01 on, mixing sleeps, feeds, bottles, diapers
 * and pumps; one child.
 */
final class ImportExports {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final LocalDateTime FIRST = LocalDateTime.of(2019, 6, 1, 0, 0);

    private ImportExports() {
    }

    static Path huckleberry(Path folder, int rows) throws Exception {
        Path file = folder.resolve("huckleberry.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("\uFEFFType,Start,End,Duration,Start Condition,Start Location,End Condition,Notes\r\n");
            for (int i = 0; i < rows; i++) {
                LocalDateTime at = FIRST.plusMinutes(15L * (i + 1));
                String start = MINUTES.format(at);
                out.write(switch (i % 5) {
                    case 0 -> "Sleep," + start + "," + MINUTES.format(at.plusMinutes(10)) + ",00:10,,Crib,,";
                    case 1 -> "Feed," + start + "," + MINUTES.format(at.plusMinutes(12)) + ",,00:07L,Breast,00:05R,";
                    case 2 -> "Feed," + start + ",,,Formula,Bottle," + (60 + i % 90) + "ml,\"ok, \"\"all\"\"\"";
                    case 3 -> "Diaper," + start + ",,,Yellow,Seedy,Both,";
                    default -> "Pump," + start + "," + MINUTES.format(at.plusMinutes(10)) + ",00:10,2oz,,2.5oz,";
                });
                out.write("\r\n");
            }
        }
        return file;
    }

    /** Nara Baby: one file of one child, each row in every column of the type families (mostly empty). */
    static Path nara(Path folder, int rows) throws Exception {
        Path file = folder.resolve("Ada.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("\uFEFF" + ExportFiles.naraHeader() + "\r\n");
            for (int i = 0; i < rows; i++) {
                long epoch = FIRST.plusMinutes(15L * (i + 1)).toInstant(ZoneOffset.UTC).toEpochMilli();
                Map<String, String> row = new java.util.HashMap<>(Map.of("Profile Name", "Ada", "_profileKey", "p-ada",
                        "_activityKey", "a" + i, "Start Date/time (Epoch)", Long.toString(epoch), "Time Zone", "UTC"));
                switch (i % 5) {
                    case 0 -> row.putAll(Map.of("Type", "Sleep", "[Sleep] End Date/time (Epoch)",
                            Long.toString(epoch + 600_000)));
                    case 1 -> row.putAll(Map.of("Type", "Breastfeed", "[Breastfeed] Begin Side", "LEFT.nonTimer",
                            "[Breastfeed] End Side", "RIGHT.nonTimer", "[Breastfeed] Left Duration (Seconds)", "420",
                            "[Breastfeed] Right Duration (Seconds)", "300"));
                    case 2 -> row.putAll(Map.of("Type", "Bottle Feed", "[Bottle Feed] Type", "Formula",
                            "[Bottle Feed] Formula Volume", Integer.toString(60 + i % 90),
                            "[Bottle Feed] Formula Volume Unit", "ML", "Note", "ok, \"all\""));
                    case 3 -> row.putAll(Map.of("Type", "Diaper", "[Diaper] Type", "Dirty Wet"));
                    default -> row.putAll(Map.of("Type", "Pump", "[Pump] Left Volume", "2", "[Pump] Left Volume Unit",
                            "FLOZ", "[Pump] Right Volume", "60", "[Pump] Right Volume Unit", "ML",
                            "[Pump] Duration (Seconds)", "600"));
                }
                out.write(ExportFiles.naraRow(row));
                out.write("\r\n");
            }
        }
        return file;
    }

    /** Baby Buddy: its per-model CSVs (feeding, sleep, diaper change, pumping), amounts in ml (answered metric). */
    static Path babyBuddy(Path folder, int rows) throws Exception {
        Path dir = Files.createDirectories(folder.resolve("babybuddy"));
        Files.writeString(dir.resolve("Child.csv"), "id,first_name,last_name,birth_date,birth_time\n1,Ada,Lovelace,2019-05-01,\n");
        String prefix = "id,child_id,child_first_name,child_last_name,";
        try (BufferedWriter feeding = writer(dir, "Feeding.csv", prefix + "start,end,type,method,amount,notes,tags");
                BufferedWriter sleep = writer(dir, "Sleep.csv", prefix + "start,end,nap,notes,tags");
                BufferedWriter diaper = writer(dir, "DiaperChange.csv", prefix + "time,wet,solid,color,amount,notes,tags");
                BufferedWriter pumping = writer(dir, "Pumping.csv", prefix + "start,end,amount,notes,tags")) {
            for (int i = 0; i < rows; i++) {
                LocalDateTime at = FIRST.plusMinutes(15L * (i + 1));
                String start = SECONDS.format(at);
                String end = SECONDS.format(at.plusMinutes(10));
                String head = i + ",1,Ada,Lovelace,";
                switch (i % 5) {
                    case 0 -> sleep.write(head + start + "," + end + ",1,,\r\n");
                    case 1 -> feeding.write(head + start + "," + end + ",breast milk,both breasts,,,\r\n");
                    case 2 -> feeding.write(head + start + "," + end + ",formula,bottle," + (60 + i % 90)
                            + ",\"ok, \"\"all\"\"\",\r\n");
                    case 3 -> diaper.write(head + start + ",1,1,yellow,,,\r\n");
                    default -> pumping.write(head + start + "," + end + ",60,,\r\n");
                }
            }
        }
        return dir;
    }

    private static BufferedWriter writer(Path dir, String name, String header) throws Exception {
        BufferedWriter out = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8);
        out.write(header + "\r\n");
        return out;
    }
}
