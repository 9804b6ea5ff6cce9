package nestling.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import nestling.domain.EntryData;
import nestling.domain.LengthPosition;
import nestling.domain.UnitSystem;
import nestling.domain.Units;
import nestling.store.Database;
import nestling.store.EntryJson;
import nestling.store.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExportTest {
    @TempDir
    Path dir;

    @Test
    void oneFilePerTypeWithLocalTimesDataColumnsAndQuoting() throws Exception {
        Database database = Database.createEmpty();
        Family.Ids3 ids = Family.fill(database, 41, 0);
        database.write(c -> {
            Family.exec(c, "INSERT INTO entry(id, baby_id, type, start_at, end_at, utc_offset, data, created_at, updated_at, created_by, deleted) VALUES (?,?,?,?,?,?,?,?,?,?,0)",
                    Family.id(new java.util.Random(1)), ids.babies().get(0), "feeding", 1_700_000_000_000L, 1_700_000_900_000L, 3600,
                    "{\"amountMl\":120,\"note\":\"left, then \\\"right\\\"\"}", 1L, 1L, ids.caregivers().get(0));
            Family.exec(c, "INSERT INTO entry(id, baby_id, type, start_at, end_at, utc_offset, data, created_at, updated_at, created_by, deleted) VALUES (?,?,?,?,?,?,?,?,?,?,1)",
                    Family.id(new java.util.Random(2)), ids.babies().get(0), "diaper", 1_700_000_000_000L, null, 0, "{}", 1L, 1L, null);
            return null;
        });
        List<Path> files = CsvExport.write(database, dir);
        assertEquals(List.of(dir.resolve("nestling-feeding.csv")), files, "deleted entries are not exported");
        List<String> lines = Files.readAllLines(files.getFirst());
        assertEquals("start,end,minutes,baby,caregiver,id,amountMl,note", lines.get(0));
        assertTrue(lines.get(1).startsWith("2023-11-14 23:13,2023-11-14 23:28,15,Ada,Parent 0,"), lines.get(1));
        assertTrue(lines.get(1).endsWith(",120,\"left, then \"\"right\"\"\""), lines.get(1));
    }

    @Test
    void metricAmountsAreWrittenAsPlainNumbersWithTheUnitInTheHeader() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("metric"));
        List<Path> files = CsvExport.write(measured(null), folder);
        assertEquals(List.of("bottle", "growth", "pumping", "temperature"),
                files.stream().map(f -> f.getFileName().toString().replaceAll("nestling-|\\.csv", "")).toList());
        assertEquals(List.of("start,end,minutes,baby,caregiver,id,content,amount (ml),notes", "120"),
                headerAndCell(folder, "bottle", 7));
        assertEquals(List.of("start,end,minutes,baby,caregiver,id,weight (kg),head circumference (cm),length (cm),notes,position",
                "3.45", "34.5", "51.2"), headerAndCells(folder, "growth", 6, 7, 8));
        assertEquals(List.of("start,end,minutes,baby,caregiver,id,left (ml),notes,right (ml)", "60", ""),
                headerAndCells(folder, "pumping", 6, 8));
        assertEquals(List.of("start,end,minutes,baby,caregiver,id,temperature (°C),method", "37.6"),
                headerAndCell(folder, "temperature", 6));
    }

    @Test
    void imperialAmountsFollowTheFamilysSettingAndConvertBackExactly() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("imperial"));
        CsvExport.write(measured(UnitSystem.IMPERIAL), folder);
        assertEquals(List.of("start,end,minutes,baby,caregiver,id,content,amount (fl oz),notes", "4.06"),
                headerAndCell(folder, "bottle", 7));
        assertEquals(List.of("start,end,minutes,baby,caregiver,id,weight (lb),head circumference (in),length (in),notes,position",
                "7.606", "13.58", "20.16"), headerAndCells(folder, "growth", 6, 7, 8));
        assertEquals(List.of("start,end,minutes,baby,caregiver,id,left (fl oz),notes,right (fl oz)", "2.03", ""),
                headerAndCells(folder, "pumping", 6, 8));
        assertEquals(List.of("start,end,minutes,baby,caregiver,id,temperature (°F),method", "99.7"),
                headerAndCell(folder, "temperature", 6));
        // a spreadsheet user who types the exported number back in gets the stored amount
        assertEquals(120, Units.mlFromFlOz(new BigDecimal("4.06")));
        assertEquals(3450, Units.gramsFrom(0, new BigDecimal("7.606").multiply(BigDecimal.valueOf(16))));
        assertEquals(512, Units.mmFromInches(new BigDecimal("20.16")));
        assertEquals(376, Units.deciCelsiusFromFahrenheit(new BigDecimal("99.7")));
    }

    @Test
    void everyImperialCellConvertsBackToTheStoredAmount() {
        CsvUnits imperial = new CsvUnits(UnitSystem.IMPERIAL);
        for (int ml = 0; ml <= EntryData.Bottle.MAX_ML; ml++) {
            assertEquals(ml, Units.mlFromFlOz(new BigDecimal(imperial.cell("ml", Integer.toString(ml)))));
        }
        for (int grams = 0; grams <= EntryData.Growth.MAX_GRAMS; grams++) {
            BigDecimal pounds = new BigDecimal(imperial.cell("grams", Integer.toString(grams)));
            assertEquals(grams, Units.gramsFrom(0, pounds.multiply(BigDecimal.valueOf(16))), "grams " + grams);
        }
        for (int mm = 200; mm <= 1300; mm++) {
            assertEquals(mm, Units.mmFromInches(new BigDecimal(imperial.cell("lengthMm", Integer.toString(mm)))));
        }
        for (int deci = EntryData.Temperature.MIN_DECI_CELSIUS; deci <= EntryData.Temperature.MAX_DECI_CELSIUS; deci++) {
            assertEquals(deci, Units.deciCelsiusFromFahrenheit(new BigDecimal(imperial.cell("deciCelsius", Integer.toString(deci)))));
        }
        assertEquals("n/a", imperial.cell("ml", "n/a"), "what is not a whole number stays as it was");
    }

    @Test
    void everyFieldOfATypeHasItsColumnAndAFieldLeftOutShowsWhatItMeans() throws Exception {
        // stored as {"wet":true}: the data column leaves out nulls, false and 0
        Database database = withEntries(43, List.of(new EntryData.Diaper(true, false, false, null, null, false, null)));
        Path folder = Files.createDirectories(dir.resolve("left-out"));
        CsvExport.write(database, folder);
        assertEquals(List.of("start,end,minutes,baby,caregiver,id,consistency,dirty,dry,notes,rash,stoolColour,wet",
                "", "false", "false", "", "false", "", "true"), headerAndCells(folder, "diaper", 6, 7, 8, 9, 10, 11, 12));
    }

    /** One bottle, growth, pumping and temperature entry, with the units setting (null: never chosen). */
    private static Database measured(UnitSystem units) {
        Database database = withEntries(42, List.of(new EntryData.Bottle(null, 120, null),
                new EntryData.Growth(3450, 512, LengthPosition.values()[0], 345, null),
                new EntryData.Pumping(60, null, null),
                new EntryData.Temperature(376, null)));
        if (units != null) {
            database.write(c -> {
                Settings.put(c, Settings.UNITS, units.name());
                return null;
            });
        }
        return database;
    }

    /** A family whose first baby has these entries (and no others), their data written as the app writes it. */
    private static Database withEntries(long seed, List<EntryData> entries) {
        Database database = Database.createEmpty();
        Family.Ids3 ids = Family.fill(database, seed, 0);
        Random random = new Random(seed);
        database.write(c -> {
            for (EntryData data : entries) {
                Family.exec(c, "INSERT INTO entry(id, baby_id, type, start_at, end_at, utc_offset, data, created_at, updated_at, created_by, deleted) VALUES (?,?,?,?,?,?,?,?,?,?,0)",
                        Family.id(random), ids.babies().get(0), data.type().wireName(), 1_700_000_000_000L, null, 0,
                        EntryJson.write(data), 1L, 1L, ids.caregivers().get(0));
            }
            return null;
        });
        return database;
    }

    private static List<String> headerAndCell(Path folder, String type, int column) throws Exception {
        return headerAndCells(folder, type, column);
    }

    /** The header line and the named cells of the first row (no cell here is quoted). */
    private static List<String> headerAndCells(Path folder, String type, int... columns) throws Exception {
        List<String> lines = Files.readAllLines(folder.resolve("nestling-" + type + ".csv"));
        assertEquals(2, lines.size(), type);
        String[] cells = lines.get(1).split(",", -1);
        List<String> out = new java.util.ArrayList<>(List.of(lines.get(0)));
        for (int column : columns) {
            out.add(cells[column]);
        }
        return out;
    }

    @Test
    void formulaLookalikesAreDefused() {
        StringBuilder out = new StringBuilder();
        CsvExport.line(out, List.of("=HYPERLINK(1)", "-5", "@x"));
        assertEquals("'=HYPERLINK(1),-5,'@x\r\n", out.toString());
    }
}
