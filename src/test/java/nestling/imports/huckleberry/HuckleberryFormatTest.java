package nestling.imports.huckleberry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nestling.domain.ActivityKind;
import nestling.domain.BottleContent;
import nestling.domain.DoseUnit;
import nestling.domain.EntryData;
import nestling.domain.LengthPosition;
import nestling.domain.Reaction;
import nestling.domain.Side;
import nestling.domain.SleepKind;
import nestling.domain.SleepPlace;
import nestling.domain.StoolColour;
import nestling.domain.StoolConsistency;
import nestling.domain.TemperatureMethod;
import nestling.imports.ExportFiles;
import nestling.imports.ImportFormatException;
import nestling.imports.SourceAnswers;
import nestling.imports.SourceReading;
import nestling.imports.SourceRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every Huckleberry column mapping, on a realistic export (BOM, CRLF, a quoted note over two lines, mixed units). */
class HuckleberryFormatTest {
    private static final SourceAnswers BERLIN = new SourceAnswers(null, ZoneId.of("Europe/Berlin"));

    @TempDir
    Path dir;

    private SourceReading read() throws Exception {
        return new HuckleberryFormat().read(ExportFiles.write(dir.resolve("huckleberry.csv"), ExportFiles.HUCKLEBERRY),
                BERLIN);
    }

    private static SourceRow at(SourceReading reading, int line) {
        return reading.rows().stream().filter(r -> r.where().line() == line).findFirst().orElseThrow();
    }

    @Test
    void everyTypeLandsInItsFieldsAndTheRestInTheNotes() throws Exception {
        SourceReading reading = read();
        assertTrue(reading.babies().isEmpty(), "a single Huckleberry file does not name its child");

        SourceRow sleep = at(reading, 2);
        assertEquals(LocalDateTime.of(2024, 3, 30, 20, 10), sleep.start());
        assertEquals(LocalDateTime.of(2024, 3, 31, 6, 5), sleep.end());
        assertNull(sleep.offset(), "local times: the import resolves them in the parent's zone");
        assertEquals(new EntryData.Sleep(SleepKind.NIGHT, SleepPlace.CRIB,
                "Logged by: Sam\nStart condition: Upset\nEnd condition: Woke up happy"), sleep.data());

        SourceRow feed = at(reading, 3);
        var breast = assertInstanceOf(EntryData.Breastfeeding.class, feed.data());
        assertEquals(12 * 60, breast.leftSeconds());
        assertEquals(8 * 60, breast.rightSeconds());
        assertEquals(Side.RIGHT, breast.lastSide(), "order unknown: as Baby Tracker's export, right last");
        assertEquals(1, breast.sideSwitches());
        assertEquals("Latched well, then \"fussy\"\nswitched sides\nLogged by: Sam\nSide order not recorded",
                breast.notes());
        assertEquals(LocalDateTime.of(2024, 3, 31, 3, 50), feed.end());

        assertEquals(new EntryData.Bottle(BottleContent.FORMULA, 118, "Logged by: Alex"), at(reading, 5).data(),
                "4 fl oz = 118.29 ml");
        assertEquals(new EntryData.Bottle(BottleContent.BREAST_MILK, 120, "Logged by: Alex"), at(reading, 6).data());
        assertEquals(5000, ((EntryData.Bottle) at(reading, 7).data()).ml(), "read as written; the import refuses it");

        assertEquals(new EntryData.Diaper(true, true, false, StoolColour.YELLOW, StoolConsistency.SEEDY, false,
                "Logged by: Sam"), at(reading, 8).data());
        assertEquals(new EntryData.Diaper(true, false, false, null, null, false, "Logged by: Sam"), at(reading, 9).data());

        SourceRow pump = at(reading, 10);
        assertEquals(new EntryData.Pumping(74, 89, "Logged by: Sam"), pump.data(), "2.5 and 3 fl oz");
        assertEquals(LocalDateTime.of(2024, 3, 31, 10, 20), pump.end());

        assertEquals(new EntryData.Solids(List.of("Carrot", "Pear"), "2 spoons", Reaction.LIKED, null,
                "first time!\nLogged by: Alex"), at(reading, 11).data());
        assertEquals(new EntryData.Growth(5103, 622, LengthPosition.LYING, 405, "doctor\nLogged by: Alex"),
                at(reading, 12).data(), "11 lb 4 oz = 5,102.9 g; 24.5 in = 622.3 mm");
        var medicine = assertInstanceOf(EntryData.Medicine.class, at(reading, 13).data());
        assertEquals("Paracetamol", medicine.name());
        assertEquals(0, new java.math.BigDecimal("2.5").compareTo(medicine.dose()));
        assertEquals(DoseUnit.ML, medicine.unit());
    }

    private SourceReading readRows(String... rows) throws Exception {
        List<String> lines = new ArrayList<>(List.of(ExportFiles.HUCKLEBERRY.get(0)));
        lines.addAll(List.of(rows));
        return new HuckleberryFormat().read(ExportFiles.write(dir.resolve("real.csv"), lines), BERLIN);
    }

    @Test
    void aBreastfeedsSidesAreReadByTheirLetterWhereverTheyStand() throws Exception {
        // as Huckleberry writes it: the right side's total in Start Condition, the left's in End Condition
        SourceReading reading = readRows(
                "\"Feed\",\"2025-10-01 06:09\",\"2025-10-01 07:07\",\"00:57\",\"00:35R\",\"Breast\",\"00:21L\",,",
                "\"Feed\",\"2025-10-01 09:00\",,\"00:10\",,\"Breast\",\"00:10L\",,");
        assertTrue(reading.refused().isEmpty(), reading.refused().toString());
        var both = assertInstanceOf(EntryData.Breastfeeding.class, at(reading, 2).data());
        assertEquals(new EntryData.Breastfeeding(21 * 60, 35 * 60, Side.RIGHT, 1, 0, "Side order not recorded"), both);
        assertEquals(LocalDateTime.of(2025, 10, 1, 7, 7), at(reading, 2).end());
        assertEquals(new EntryData.Breastfeeding(10 * 60, 0, Side.LEFT, 0, 0, null), at(reading, 3).data(),
                "one side only: that side, no switch, nothing unknown");
    }

    @Test
    void growthInHuckleberrysOwnUnitsIsDecimalPoundsAndFeet() throws Exception {
        SourceReading reading = readRows(
                "\"Growth\",\"2026-02-09 12:01\",,,\"6.66kg\",\"62.5cm\",\"41cm\",",
                "\"Growth\",\"2026-02-10 12:01\",,,\"14.125lbs.oz\",\"2.1ft.in\",\"16.5in\",",
                "\"Growth\",\"2026-02-11 12:01\",,,\"14lbs\",\"2ft\",,");
        assertTrue(reading.refused().isEmpty(), reading.refused().toString());
        assertEquals(new EntryData.Growth(6660, 625, LengthPosition.LYING, 410, null), at(reading, 2).data());
        assertEquals(new EntryData.Growth(6407, 640, LengthPosition.LYING, 419, null), at(reading, 3).data(),
                "14.125 lb = 6,407.09 g; 2.1 ft = 25.2 in = 640.08 mm; 16.5 in = 419.1 mm");
        assertEquals(new EntryData.Growth(6350, 610, LengthPosition.LYING, null, null), at(reading, 4).data(),
                "14 lb = 6,350.29 g; 2 ft = 609.6 mm");
    }

    @Test
    void solidsReactionsAreInEndCondition() throws Exception {
        SourceReading reading = readRows(
                "\"Solids\",\"2026-02-25 11:15\",,,\"1 tsp of mango\",,\"MEH\",",
                "\"Solids\",\"2026-02-25 12:15\",,,\"Banana\",,\"LOVED\",",
                "\"Solids\",\"2026-02-25 13:15\",,,\"Broccoli\",,\"HATED\",",
                "\"Solids\",\"2026-02-25 14:15\",,,\"Egg\",,\"ALLERGIC\",\"red cheeks\"",
                "\"Solids\",\"2026-02-25 15:15\",,,\"Pear\",,\"half a jar\",");
        assertTrue(reading.refused().isEmpty(), reading.refused().toString());
        assertEquals(new EntryData.Solids(List.of("1 tsp of mango"), null, null, null, "Reaction: MEH"),
                at(reading, 2).data());
        assertEquals(new EntryData.Solids(List.of("Banana"), null, Reaction.LIKED, null, null), at(reading, 3).data());
        assertEquals(new EntryData.Solids(List.of("Broccoli"), null, Reaction.DISLIKED, null, null), at(reading, 4).data());
        assertEquals(new EntryData.Solids(List.of("Egg"), null, Reaction.POSSIBLE_ALLERGY, "Marked allergic in Huckleberry",
                "red cheeks"), at(reading, 5).data());
        assertEquals(new EntryData.Solids(List.of("Pear"), "half a jar", null, null, null), at(reading, 6).data());
    }

    @Test
    void aDiaperRashIsTheDiapersRash() throws Exception {
        SourceReading reading = readRows(
                "\"Diaper\",\"2025-10-01 10:00\",,\"black\",\"Loose\",\"Diaper rash\",\"Poo:medium\",,");
        assertTrue(reading.refused().isEmpty(), reading.refused().toString());
        assertEquals(new EntryData.Diaper(false, true, false, StoolColour.BLACK, StoolConsistency.LOOSE, true,
                "Detail: medium"), at(reading, 2).data());
    }

    @Test
    void temperatureNotesBecomeANoteBesideItAndUnknownKindsBecomeNotes() throws Exception {
        SourceReading reading = read();
        List<SourceRow> temperature = reading.rows().stream().filter(r -> r.where().line() == 14).toList();
        assertEquals(new EntryData.Temperature(380, TemperatureMethod.ARMPIT), temperature.get(0).data(), "100.4 °F = 38.0 °C");
        assertEquals(new EntryData.Note("Temperature: warm\nLogged by: Alex"), temperature.get(1).data());
        assertTrue(!temperature.get(0).sourceKey().equals(temperature.get(1).sourceKey()));

        assertEquals(new EntryData.Activity(ActivityKind.TUMMY_TIME, null, null, "Logged by: Sam"), at(reading, 15).data());
        assertEquals(LocalDateTime.of(2024, 3, 31, 17, 10), at(reading, 15).end());
        assertEquals(new EntryData.Note("Potty\ntried\nLogged by: Sam"), at(reading, 16).data());
        assertNull(at(reading, 19).end(), "a sleep still running: the import refuses it, saying so");
    }

    @Test
    void keysAreStableAcrossReadsAndDifferPerRow() throws Exception {
        List<String> first = read().rows().stream().map(SourceRow::sourceKey).toList();
        List<String> second = read().rows().stream().map(SourceRow::sourceKey).toList();
        assertEquals(first, second);
        assertEquals(first.size(), new java.util.HashSet<>(first).size());
    }

    @Test
    void aFolderIsOneChildPerFileNamedAfterIt() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("export"));
        ExportFiles.write(folder.resolve("Ada.csv"), ExportFiles.HUCKLEBERRY.subList(0, 4));
        ExportFiles.write(folder.resolve("Ben.csv"), List.of(ExportFiles.HUCKLEBERRY.get(0), ExportFiles.HUCKLEBERRY.get(5)));
        SourceReading reading = new HuckleberryFormat().read(folder, BERLIN);
        assertEquals(List.of("Ada", "Ben"), reading.babies().stream().map(b -> b.name()).toList());
        assertEquals(List.of("Ada", "Ada", "Ada", "Ben"), reading.rows().stream().map(SourceRow::sourceBaby).toList());
    }

    @Test
    void badRowsAreRefusedWithTheirLineAndNoContent() throws Exception {
        List<String> lines = new ArrayList<>(ExportFiles.HUCKLEBERRY.subList(0, 2));
        lines.add("Feed,31.03.2024 09:00,,,Formula,Bottle,4oz,secret,Sam");
        lines.add("Feed,2024-03-31 09:00,,,Formula,Bottle,4 cups,secret,Sam");
        lines.add("Diaper,2024-03-31 09:30,,,,,Sticky,secret,Sam");
        lines.add("Feed,2024-03-31 09:00,,,Formula,Bottle,4oz,secret,Sam,extra");
        SourceReading reading = new HuckleberryFormat().read(ExportFiles.write(dir.resolve("h.csv"), lines), BERLIN);
        assertEquals(1, reading.rows().size());
        assertEquals(List.of(3, 4, 5, 6), reading.refused().stream().map(r -> r.where().line()).toList());
        reading.refused().forEach(r -> assertTrue(!r.reason().contains("secret") && !r.reason().contains("cups"), r.reason()));
        assertEquals("the start time is not a date and time such as 2024-03-10 14:05", reading.refused().get(0).reason());
        assertEquals("the bottle's amount cannot be read", reading.refused().get(1).reason());
    }

    @Test
    void aFileThatIsNotAHuckleberryExportIsRefusedWhole() throws Exception {
        Path other = ExportFiles.write(dir.resolve("other.csv"), List.of("Date,Amount", "2024-01-01,4"));
        var e = assertThrows(ImportFormatException.class, () -> new HuckleberryFormat().read(other, BERLIN));
        assertTrue(e.getMessage().startsWith("other.csv is not a Huckleberry export"), e.getMessage());
        Path broken = ExportFiles.write(dir.resolve("broken.csv"), List.of(ExportFiles.HUCKLEBERRY.get(0),
                "Feed,2024-03-31 09:00,,,Formula,Bottle,4oz,\"never closed,Sam"));
        var damaged = assertThrows(ImportFormatException.class, () -> new HuckleberryFormat().read(broken, BERLIN));
        assertTrue(damaged.getMessage().contains("line 2"), damaged.getMessage());
        Path binary = dir.resolve("photo.csv");
        Files.write(binary, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00, (byte) 0xC3});
        assertThrows(ImportFormatException.class, () -> new HuckleberryFormat().read(binary, BERLIN));
        assertThrows(ImportFormatException.class, () -> new HuckleberryFormat().read(dir.resolve("missing.csv"), BERLIN));
        var device = assertThrows(ImportFormatException.class, () -> new HuckleberryFormat().read(Path.of("/dev/zero"), BERLIN));
        assertTrue(device.getMessage().startsWith("zero is not an ordinary file"), device.getMessage());
        Path huge = dir.resolve("huge.csv");
        try (var file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(nestling.imports.SourceFiles.MAX_BYTES + 1); // sparse: nothing is written
        }
        var tooLarge = assertThrows(ImportFormatException.class, () -> new HuckleberryFormat().read(huge, BERLIN));
        assertTrue(tooLarge.getMessage().startsWith("huge.csv is larger"), tooLarge.getMessage());
    }
}
