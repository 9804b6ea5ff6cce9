package nestling.imports.babytracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nestling.domain.ActivityKind;
import nestling.domain.BottleContent;
import nestling.domain.DoseUnit;
import nestling.domain.EntryData;
import nestling.domain.LengthPosition;
import nestling.domain.Side;
import nestling.domain.SleepKind;
import nestling.imports.ImportFormatException;
import nestling.imports.SourceAnswers;
import nestling.imports.SourceAnswers.UnitSystem;
import nestling.imports.SourceBaby;
import nestling.imports.SourceReading;
import nestling.imports.SourceRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Baby Tracker's CSV export as the app e-mails it: "{Baby}_{category}.csv" files with Baby, Time, the
 * category's columns and Note; a US phone (month first, 12-hour clock, narrow no-break space before PM,
 * US units in the brackets) and an Australian one (day first, metric), BOM and CRLF, a note over two lines,
 * the US DST night (2024-03-10) and a second child.
 */
class BabyTrackerCsvTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @TempDir
    Path dir;

    private final BabyTrackerFormat format = new BabyTrackerFormat();

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), "\uFEFF" + text.replace("\n", "\r\n"));
    }

    private void writeUsExport() throws IOException {
        write("Ada_nursing.csv", "Baby,Time,Start Side,Left duration (min),Right Duration (min),Total (min),Note\n"
                + "Ada,\"3/9/24, 11:50\u202FPM\",Left,10,15,25,\"good latch\nsleepy after\"\n"
                + "Ada,\"3/10/24, 6:05 AM\",Right,,12,12,\n"
                + "Ada,\"3/10/24, 7:00 AM\",,8,6,14,\n");
        write("pump.csv", "Time,Start side,Left duration (min),Right Duration (min),Total duration (min),"
                + "Left amount (oz),Right amount (oz),Total amount (oz),Note\n"
                + "\"3/10/24, 8:00 AM\",Left,10,10,20,2,1.5,3.5,\n"
                + "\"3/10/24, 9:00 AM\",,,,15,,,4,\n");
        write("Ada_expressed.csv", "Baby,Time,Amount (oz),Note\nAda,\"3/10/24, 10:00 AM\",3,\n");
        write("Ada_formula.csv", "Baby,Time,Amount (oz),Note\nAda,\"3/10/24, 11:00 AM\",\"4,5\",\nAda,\"3/10/24, 11:30 AM\",,\n");
        write("Ada_diaper.csv", "Baby,Time,Status,Note\nAda,\"3/10/24, 12:00 PM\",Mixed,\nAda,\"3/10/24, 12:30 PM\",Dry,\n"
                + "Ada,\"3/10/24, 1:00 PM\",Wet,\nAda,\"3/10/24, 1:30 PM\",Sparkly,\n");
        write("Ben_diaper.csv", "Baby,Time,Status,Note\nBen,\"3/13/24, 2:00 PM\",Dirty,twins!\n");
        write("Ada_sleep.csv", "Baby,Time,Duration (min),Note\nAda,\"3/10/24, 1:30 AM\",\"1,020\",\n"
                + "Ada,\"3/10/24, 2:15 PM\",45,\n"
                + "Ada,\"11/3/24, 12:50 AM\",60,\n");
        write("Ada_growth.csv", "Baby,Time,Weight (lb),Length (in),Head Size (in),Note\n"
                + "Ada,\"3/10/24, 3:00 PM\",7.5,20.5,13.5,checkup\n");
        write("Ada_temperature.csv", "Baby,Time,Temperature (°F),Note\nAda,\"3/10/24, 4:00 PM\",100.4,after shots\n");
        write("Ada_medication.csv", "Baby,Time,Medication,Amount,Unit,Note\nAda,\"3/10/24, 4:05 PM\",Tylenol,2.5,ml,\n"
                + "Ada,\"3/10/24, 4:10 PM\",Vitamin D,1,tsp,\n");
        write("Ada_vaccine.csv", "Baby,Time,Vaccine,Note\nAda,\"3/10/24, 4:00 PM\",Hep B,\n");
        write("Ada_other_activity.csv", "Baby,Time,Activity,Duration (min),Note\nAda,\"3/10/24, 5:00 PM\",Tummy time,10,\n"
                + "Ada,\"3/10/24, 5:30 PM\",Swimming,20,\n");
        write("Ada_milestone.csv", "Baby,Time,Milestone,Note\nAda,\"3/10/24, 6:00 PM\",First smile,\n");
        write("Ada_joy.csv", "Baby,Time,Note\nAda,\"3/10/24, 6:30 PM\",giggled at the dog\n");
    }

    private SourceReading read(Path path, UnitSystem units) throws ImportFormatException {
        return format.read(path, new SourceAnswers(units, NEW_YORK));
    }

    private static List<SourceRow> rows(SourceReading reading, String file) {
        return reading.rows().stream().filter(r -> r.where().file().equals(file)).toList();
    }

    @Test
    void nursingKeepsMinutesPerSideAndTheSideOrder() throws Exception {
        writeUsExport();
        SourceReading reading = read(dir, null);
        List<SourceRow> nursing = rows(reading, "Ada_nursing.csv");
        var first = (EntryData.Breastfeeding) nursing.get(0).data();
        assertEquals(600, first.leftSeconds());
        assertEquals(900, first.rightSeconds());
        assertEquals(Side.RIGHT, first.lastSide(), "started left with time on both sides: ended right");
        assertEquals(Side.LEFT, first.startSide());
        assertEquals("good latch\nsleepy after", first.notes());
        assertEquals(LocalDateTime.of(2024, 3, 9, 23, 50), nursing.get(0).start());
        assertEquals(LocalDateTime.of(2024, 3, 10, 0, 15), nursing.get(0).end());
        assertNull(nursing.get(0).offset());
        assertEquals(2, nursing.get(0).where().line());
        assertEquals(4, nursing.get(1).where().line());
        var right = (EntryData.Breastfeeding) nursing.get(1).data();
        assertEquals(Side.RIGHT, right.lastSide());
        assertEquals(720, right.rightSeconds());
        assertEquals("Side order not recorded", ((EntryData.Breastfeeding) nursing.get(2).data()).notes());
        assertEquals("babytracker/csv/nursing/Ada/2024-03-09T23:50", nursing.get(0).sourceKey());
    }

    @Test
    void pumpingBottlesAndGrowthInUsUnitsAreConvertedExactly() throws Exception {
        writeUsExport();
        SourceReading reading = read(dir, null);
        List<SourceRow> pump = rows(reading, "pump.csv");
        var sides = (EntryData.Pumping) pump.get(0).data();
        assertEquals(59, sides.leftMl(), "2 fl oz = 59.15 ml");
        assertEquals(44, sides.rightMl(), "1.5 fl oz = 44.36 ml");
        assertEquals("Start side: Left", sides.notes(), "what has no field lands in the notes");
        assertEquals(LocalDateTime.of(2024, 3, 10, 8, 20), pump.get(0).end());
        assertEquals("Ada", pump.get(0).sourceBaby(), "a pump file names no baby: the export's first baby");
        var total = (EntryData.Pumping) pump.get(1).data();
        assertEquals("Total pumped: 118 ml (sides not recorded)", total.notes());

        var expressed = (EntryData.Bottle) rows(reading, "Ada_expressed.csv").get(0).data();
        assertEquals(new EntryData.Bottle(BottleContent.BREAST_MILK, 89, null), expressed);
        var formula = (EntryData.Bottle) rows(reading, "Ada_formula.csv").get(0).data();
        assertEquals(new EntryData.Bottle(BottleContent.FORMULA, 133, null), formula, "4,5 fl oz = 133.08 ml");

        var growth = (EntryData.Growth) rows(reading, "Ada_growth.csv").get(0).data();
        assertEquals(new EntryData.Growth(3402, 521, LengthPosition.LYING, 343, "checkup"), growth);
        assertEquals(380, ((EntryData.Temperature) rows(reading, "Ada_temperature.csv").get(0).data()).deciCelsius());
        assertEquals(new EntryData.Note("Temperature: after shots"), rows(reading, "Ada_temperature.csv").get(1).data());
    }

    @Test
    void diapersSleepMedicineActivitiesAndTheRest() throws Exception {
        writeUsExport();
        SourceReading reading = read(dir, null);
        List<SourceRow> diapers = rows(reading, "Ada_diaper.csv");
        assertEquals(new EntryData.Diaper(true, true, false, null, null, false, null), diapers.get(0).data());
        assertEquals(new EntryData.Diaper(false, false, true, null, null, false, null), diapers.get(1).data());
        assertEquals(new EntryData.Diaper(true, false, false, null, null, false, null), diapers.get(2).data());
        SourceRow ben = rows(reading, "Ben_diaper.csv").get(0);
        assertEquals("Ben", ben.sourceBaby());
        assertEquals(new EntryData.Diaper(false, true, false, null, null, false, "twins!"), ben.data());
        assertEquals(List.of(new SourceBaby("Ada", "Ada", null), new SourceBaby("Ben", "Ben", null)), reading.babies());

        List<SourceRow> sleep = rows(reading, "Ada_sleep.csv");
        // 1,020 minutes from 01:30 over the spring-forward hour: the end is exact, in the start's offset.
        assertEquals(LocalDateTime.of(2024, 3, 10, 1, 30), sleep.get(0).start());
        assertEquals(java.time.ZoneOffset.ofHours(-5), sleep.get(0).offset());
        assertEquals(LocalDateTime.of(2024, 3, 10, 18, 30), sleep.get(0).end(), "19:30 on the wall, 17 h later");
        assertNull(sleep.get(1).offset(), "no clock change: local times, resolved by the import");
        // 60 minutes from 00:50 on the autumn night end at the first 01:50, not the second.
        assertEquals(java.time.ZoneOffset.ofHours(-4), sleep.get(2).offset());
        assertEquals(LocalDateTime.of(2024, 11, 3, 1, 50), sleep.get(2).end());
        assertEquals(SleepKind.NIGHT, ((EntryData.Sleep) sleep.get(0).data()).kind());
        assertEquals(SleepKind.NAP, ((EntryData.Sleep) sleep.get(1).data()).kind());

        List<SourceRow> medicine = rows(reading, "Ada_medication.csv");
        assertEquals(1, medicine.size());
        var tylenol = (EntryData.Medicine) medicine.get(0).data();
        assertEquals("Tylenol", tylenol.name());
        assertEquals(0, new java.math.BigDecimal("2.5").compareTo(tylenol.dose()));
        assertEquals(DoseUnit.ML, tylenol.unit());

        assertEquals(new EntryData.Note("Vaccine: Hep B"), rows(reading, "Ada_vaccine.csv").get(0).data());
        List<SourceRow> activities = rows(reading, "Ada_other_activity.csv");
        assertEquals(new EntryData.Activity(ActivityKind.TUMMY_TIME, null, null, null), activities.get(0).data());
        assertEquals(LocalDateTime.of(2024, 3, 10, 17, 10), activities.get(0).end());
        assertEquals(new EntryData.Note("Swimming: 20 min"), activities.get(1).data());
        assertEquals(new EntryData.Milestone("First smile", null, null), rows(reading, "Ada_milestone.csv").get(0).data());
        assertEquals(new EntryData.Note("Joy: giggled at the dog"), rows(reading, "Ada_joy.csv").get(0).data());
    }

    @Test
    void rowsThatCannotBeCarriedAreRefusedByFileAndLine() throws Exception {
        writeUsExport();
        SourceReading reading = read(dir, null);
        var reasons = reading.refused().stream().map(r -> r.where() + ": " + r.reason()).toList();
        assertEquals(List.of(
                "Ada_diaper.csv, line 5: the diaper status is not one Baby Tracker writes",
                "Ada_formula.csv, line 3: a bottle without an amount cannot be imported",
                "Ada_medication.csv, line 3: Nestling needs a medicine's dose in ml, mg, drops, tablets or puffs; "
                        + "this row has another unit"), reasons.stream().sorted().toList());
    }

    @Test
    void anAustralianExportIsDayFirstAndMetricAndMayComeZipped() throws Exception {
        Path zip = dir.resolve("BabyTracker_export.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("export/Ivy_formula.csv"));
            z.write("Baby,Time,Amount (ml),Note\r\nIvy,14/3/26 6:03 pm,120,\r\nIvy,2/4/26 7:00 am,90.5,\r\n"
                    .getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("export/Ivy_growth.csv"));
            z.write("Baby,Time,Weight (kg),Length (cm),Head Size (cm),Note\r\nIvy,2/4/26 9:00 am,4.25,55.3,38.1,\r\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
        SourceReading reading = read(zip, UnitSystem.US);
        List<SourceRow> formula = rows(reading, "Ivy_formula.csv");
        assertEquals(LocalDateTime.of(2026, 3, 14, 18, 3), formula.get(0).start());
        assertEquals(LocalDateTime.of(2026, 4, 2, 7, 0), formula.get(1).start(), "day first for the whole export");
        assertEquals(120, ((EntryData.Bottle) formula.get(0).data()).ml());
        assertEquals(91, ((EntryData.Bottle) formula.get(1).data()).ml(), "the unit in the column wins over the answer");
        assertEquals(new EntryData.Growth(4250, 553, LengthPosition.LYING, 381, null),
                rows(reading, "Ivy_growth.csv").get(0).data());
    }

    @Test
    void unitsWrittenWithADotAreTheUnitsWithout() throws Exception {
        write("Baby_formula.csv", "Baby,Time,Amount (oz.),Note\nBaby,\"2/3/25, 08:38\",0.6\n");
        write("pump.csv", "Time,Start Side,Left duration (min),Right duration (min),Total Duration (min),"
                + "Left amount (oz.),Right amount (oz.),Total amount (oz.),Note\n\"7/1/25, 15:55\",,21,22,43,,,\n"
                + "\"7/1/25, 18:10\",,10,12,22,1.5,2 oz.,3.5,\n");
        SourceReading reading = read(dir, null);
        assertTrue(reading.refused().isEmpty(), reading.refused().toString());
        assertEquals(new EntryData.Bottle(BottleContent.FORMULA, 18, null), rows(reading, "Baby_formula.csv").get(0).data(),
                "0.6 fl oz = 17.74 ml");
        List<SourceRow> pump = rows(reading, "pump.csv");
        assertEquals(new EntryData.Pumping(null, null, null), pump.get(0).data());
        assertEquals(43, java.time.Duration.between(pump.get(0).start(), pump.get(0).end()).toMinutes());
        assertEquals(new EntryData.Pumping(44, 59, null), pump.get(1).data(), "1.5 and 2 fl oz");
    }

    @Test
    void theActivityMayBeInAnOtherActivityColumn() throws Exception {
        write("Ada_other_activity.csv", "Baby,Time,Other activity,Duration (min),Note\n"
                + "Ada,\"3/10/24, 5:00 PM\",Tummy time,10,\nAda,\"3/11/24, 5:30 PM\",Swimming,20,\n");
        List<SourceRow> activities = rows(read(dir, null), "Ada_other_activity.csv");
        assertEquals(new EntryData.Activity(ActivityKind.TUMMY_TIME, null, null, null), activities.get(0).data());
        assertEquals(new EntryData.Note("Swimming: 20 min"), activities.get(1).data());
    }

    @Test
    void aMedicinesUnitMayBeInTheUnnamedColumnAfterItsAmount() throws Exception {
        write("Ada_medication.csv", "Baby,Time,Medication name,Amount,,Min interval (minutes),Max interval (minutes),Note\n"
                + "Ada,\"3/10/24, 4:05 PM\",Tylenol,2.5,ml,240,360,\n");
        SourceReading reading = read(dir, null);
        assertTrue(reading.refused().isEmpty(), reading.refused().toString());
        var tylenol = (EntryData.Medicine) rows(reading, "Ada_medication.csv").get(0).data();
        assertEquals("Tylenol", tylenol.name());
        assertEquals(0, new java.math.BigDecimal("2.5").compareTo(tylenol.dose()));
        assertEquals(DoseUnit.ML, tylenol.unit());
        assertEquals("Min interval (minutes): 240\nMax interval (minutes): 360", tylenol.notes());
    }

    @Test
    void bareNumbersNeedTheParentsUnits() throws Exception {
        write("Ada_formula.csv", "Baby,Time,Amount,Note\nAda,\"14.03.26, 18:03\",120,\n");
        assertTrue(read(dir, null).refused().getFirst().reason().contains("choose metric or US units"));
        SourceReading metric = read(dir, UnitSystem.METRIC);
        assertEquals(120, ((EntryData.Bottle) metric.rows().getFirst().data()).ml());
        assertEquals(LocalDateTime.of(2026, 3, 14, 18, 3), metric.rows().getFirst().start());
        assertEquals(3549, ((EntryData.Bottle) read(dir, UnitSystem.US).rows().getFirst().data()).ml(),
                "120 fl oz (which the import's checks will refuse as implausible)");
    }

    @Test
    void absurdNumbersAreRefusedNotThrown() throws Exception {
        write("Ada_sleep.csv", "Baby,Time,Duration (min),Note\nAda,\"3/10/24, 1:30 AM\",99999999999999999999,\n"
                + "Ada,\"3/10/24, 2:30 AM\",30,\n");
        SourceReading reading = read(dir, null);
        assertEquals(BabyTrackerEntries.OUT_OF_RANGE, reading.refused().getFirst().reason());
        assertEquals(1, reading.rows().size());
    }

    @Test
    void filesOfAnotherAppAreRefusedWhole() throws Exception {
        Path huckleberry = dir.resolve("huckleberry.csv");
        Files.writeString(huckleberry, "Type,Start,End,Duration,Start Condition,Start Location,End Condition,Notes\n");
        var e = assertThrows(ImportFormatException.class, () -> read(huckleberry, null));
        assertTrue(e.getMessage().contains("no Time column"));
        assertThrows(ImportFormatException.class, () -> read(Files.createDirectory(dir.resolve("none")), null));
        Path notZip = dir.resolve("backup.zip");
        Files.writeString(notZip, "hello");
        assertTrue(assertThrows(ImportFormatException.class, () -> read(notZip, null)).getMessage()
                .contains("not a readable zip"));
    }
}
