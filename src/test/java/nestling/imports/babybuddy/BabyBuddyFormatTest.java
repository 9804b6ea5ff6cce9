package nestling.imports.babybuddy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import nestling.domain.ActivityKind;
import nestling.domain.BottleContent;
import nestling.domain.EntryData;
import nestling.domain.LengthPosition;
import nestling.domain.Side;
import nestling.domain.SleepKind;
import nestling.domain.StoolColour;
import nestling.imports.ImportFormatException;
import nestling.imports.RefusedRow;
import nestling.imports.SourceAnswers;
import nestling.imports.SourceAnswers.UnitSystem;
import nestling.imports.SourceBaby;
import nestling.imports.SourceReading;
import nestling.imports.SourceRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Baby Buddy's admin exports as django-import-export writes them (id, child_id, child_first_name,
 * child_last_name, the model's fields, tags), with a BOM and CRLF as Excel saves them, a note over two
 * lines, a US DST night (2024-03-10, New York) and two children.
 */
class BabyBuddyFormatTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final String PREFIX = "id,child_id,child_first_name,child_last_name,";

    @TempDir
    Path dir;

    private final BabyBuddyFormat format = new BabyBuddyFormat();

    @BeforeEach
    void writeExport() throws IOException {
        write("Child-2025-10-02.csv", "id,first_name,last_name,birth_date,birth_time\n"
                + "1,Ada,Lovelace,2024-01-15,\n2,Ben,Lovelace,2025-09-01,08:30:00\n");
        write("Tag-2025-10-02.csv", "id,name,color\n1,daycare,#ff0000\n2,grandma,#00ff00\n");
        write("Feeding-2025-10-02.csv", "\uFEFF" + (PREFIX + "start,end,type,method,amount,notes,tags\r\n"
                + "11,1,Ada,Lovelace,2024-03-09 23:50:00,2024-03-10 00:05:00,breast milk,left breast,,\"latched well,\r\nthen slept\",\r\n"
                + "12,1,Ada,Lovelace,2024-03-10 01:50:00,2024-03-10 03:10:00,breast milk,both breasts,,,\r\n"
                + "13,1,Ada,Lovelace,2024-03-10 06:00:00,2024-03-10 06:10:00,formula,bottle,4.0,,\r\n"
                + "14,1,Ada,Lovelace,2024-03-10 08:00:00,2024-03-10 08:00:00,fortified breast milk,bottle,2.5,,\"1,2\"\r\n"
                + "15,2,Ben,Lovelace,2025-10-01 12:00:00,2025-10-01 12:20:00,solid food,parent fed,,carrots,\r\n"
                + "16,1,Ada,Lovelace,2024-03-10 09:00:00,2024-03-10 09:05:00,formula,bottle,,,\r\n"
                + "17,1,Ada,Lovelace,yesterday,2024-03-10 09:05:00,formula,bottle,3,,\r\n"
                + "18,1,Ada,Lovelace,2024-11-03T01:30:00-04:00,2024-11-03T01:10:00-05:00,breast milk,right breast,,,\r\n"));
        // child_id left out, as some Baby Buddy versions export it (babybuddy issue 859)
        write("DiaperChange-2025-10-02.csv", "id,child_first_name,child_last_name,time,wet,solid,color,amount,notes,tags\n"
                + "21,Ada,Lovelace,2024-03-10 09:00:00,1,1,yellow,,,\n"
                + "22,Ada,Lovelace,2024-03-10 10:00:00,0,0,,,,\n"
                + "23,Ada,Lovelace,2024-03-10 11:00:00,True,False,green,\"2,5\",,\n");
        write("Sleep-2025-10-02.csv", PREFIX + "start,end,nap,notes,tags\n"
                + "31,1,Ada,Lovelace,2024-03-09 20:00:00,2024-03-10 05:30:00,0,,\n"
                + "32,1,Ada,Lovelace,2024-03-10 20:30:00,2024-03-10 21:00:00,1,,\n"
                + "33,1,Ada,Lovelace,2024-03-10 13:00:00,2024-03-10 14:00:00,,,\n");
        write("TummyTime-2025-10-02.csv", PREFIX + "start,end,milestone,tags\n"
                + "41,1,Ada,Lovelace,2024-03-10 15:00:00,2024-03-10 15:10:00,rolled over,\n");
        write("Pumping-2025-10-02.csv", PREFIX + "start,end,amount,notes,tags\n"
                + "51,1,Ada,Lovelace,2024-03-10 07:00:00,2024-03-10 07:15:00,3,,\n");
        write("Temperature-2025-10-02.csv", PREFIX + "temperature,time,notes,tags\n"
                + "61,1,Ada,Lovelace,100.4,2024-03-10 16:00:00,after vaccines,\n");
        write("Weight-2025-10-02.csv", PREFIX + "weight,date,notes,tags\n"
                + "71,1,Ada,Lovelace,7.5,2024-03-10,,\n");
        write("Height-2025-10-02.csv", PREFIX + "height,date,notes,tags\n"
                + "81,1,Ada,Lovelace,20.5,2024-03-10,,\n");
        write("HeadCircumference-2025-10-02.csv", PREFIX + "head_circumference,date,notes,tags\n"
                + "91,1,Ada,Lovelace,13.5,2024-03-10,,\n");
        write("Note-2025-10-02.csv", PREFIX + "note,time,tags\n"
                + "101,2,Ben,Lovelace,\"First smile!\nSo cute\",2025-10-01 09:00:00,2\n");
        write("BMI-2025-10-02.csv", PREFIX + "bmi,date,notes,tags\n111,1,Ada,Lovelace,14.2,2024-03-10,,\n");
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    private SourceReading read(UnitSystem units) throws ImportFormatException {
        return format.read(dir, new SourceAnswers(units, NEW_YORK));
    }

    private static SourceRow row(SourceReading reading, String key) {
        return reading.rows().stream().filter(r -> r.sourceKey().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + key));
    }

    private static RefusedRow refused(SourceReading reading, String file, int line) {
        return reading.refused().stream().filter(r -> r.where().file().equals(file) && r.where().line() == line)
                .findFirst().orElseThrow(() -> new AssertionError("no refusal at " + file + ":" + line));
    }

    @Test
    void childrenComeFromTheChildExportWithTheirBirthDates() throws Exception {
        SourceReading reading = read(UnitSystem.US);
        assertEquals(List.of(new SourceBaby("1", "Ada Lovelace", LocalDate.of(2024, 1, 15)),
                new SourceBaby("2", "Ben Lovelace", LocalDate.of(2025, 9, 1))), reading.babies());
        assertEquals("1", row(reading, "babybuddy/diaper_change/21").sourceBaby(),
                "a row without child_id is matched to the child export by name");
        assertEquals("2", row(reading, "babybuddy/note/101").sourceBaby());
    }

    @Test
    void breastFeedsKeepTheirSideAndTimeAcrossTheDstNight() throws Exception {
        SourceReading reading = read(UnitSystem.US);
        SourceRow left = row(reading, "babybuddy/feeding/11");
        var feed = (EntryData.Breastfeeding) left.data();
        assertEquals(15 * 60, feed.leftSeconds());
        assertEquals(0, feed.rightSeconds());
        assertEquals(Side.LEFT, feed.lastSide());
        assertEquals("latched well,\nthen slept", feed.notes());
        assertEquals(LocalDateTime.of(2024, 3, 9, 23, 50), left.start());
        assertEquals(LocalDateTime.of(2024, 3, 10, 0, 5), left.end());
        assertNull(left.offset());
        assertEquals(2, left.where().line());

        // 01:50 to 03:10 on the night the clocks spring forward is 20 minutes, split over both breasts.
        var both = (EntryData.Breastfeeding) row(reading, "babybuddy/feeding/12").data();
        assertEquals(600, both.leftSeconds());
        assertEquals(600, both.rightSeconds());
        assertEquals(Side.RIGHT, both.lastSide());
        assertTrue(both.notes().contains("split evenly"));
        assertEquals(4, row(reading, "babybuddy/feeding/12").where().line(), "the two-line note counts as two lines");

        // Written with offsets across the fall-back hour: the end is re-expressed in the start's offset.
        SourceRow withOffsets = row(reading, "babybuddy/feeding/18");
        assertEquals(ZoneOffset.ofHours(-4), withOffsets.offset());
        assertEquals(LocalDateTime.of(2024, 11, 3, 2, 10), withOffsets.end());
        assertEquals(40 * 60, ((EntryData.Breastfeeding) withOffsets.data()).rightSeconds());
    }

    @Test
    void bottlesInFluidOuncesAreConvertedExactly() throws Exception {
        SourceReading reading = read(UnitSystem.US);
        SourceRow formula = row(reading, "babybuddy/feeding/13");
        var bottle = (EntryData.Bottle) formula.data();
        assertEquals(BottleContent.FORMULA, bottle.content());
        assertEquals(118, bottle.ml(), "4 fl oz = 118.29 ml");
        assertNull(formula.end(), "a bottle is an instant; its duration goes to the notes");
        assertEquals("Duration: 10 min", bottle.notes());
        var fortified = (EntryData.Bottle) row(reading, "babybuddy/feeding/14").data();
        assertEquals(BottleContent.BREAST_MILK, fortified.content());
        assertEquals(74, fortified.ml(), "2.5 fl oz = 73.93 ml");
        assertEquals("Fortified breast milk\nTags: daycare, grandma", fortified.notes());
        var solids = (EntryData.Solids) row(reading, "babybuddy/feeding/15").data();
        assertEquals(List.of("solid food"), solids.foods());
        assertEquals("carrots\nparent fed\nDuration: 20 min", solids.notes());
    }

    @Test
    void metricAnswersReadTheSameNumbersAsMetricUnits() throws Exception {
        SourceReading reading = read(UnitSystem.METRIC);
        assertEquals(4, ((EntryData.Bottle) row(reading, "babybuddy/feeding/13").data()).ml());
        assertEquals(7500, ((EntryData.Growth) row(reading, "babybuddy/weight/71").data()).grams());
        assertEquals(205, ((EntryData.Growth) row(reading, "babybuddy/height/81").data()).lengthMm());
        assertEquals(1004, ((EntryData.Temperature) row(reading, "babybuddy/temperature/61").data()).deciCelsius(),
                "the parent said metric: 100.4 is read as °C (and the import's checks will refuse it)");
    }

    @Test
    void withoutUnitsEveryRowThatNeedsThemIsRefusedSayingWhy() throws Exception {
        SourceReading reading = read(null);
        for (int line : List.of(5, 6)) {
            assertTrue(refused(reading, "Feeding-2025-10-02.csv", line).reason().contains("choose metric or US units"));
        }
        assertTrue(refused(reading, "Weight-2025-10-02.csv", 2).reason().contains("choose metric or US units"));
        assertTrue(refused(reading, "Pumping-2025-10-02.csv", 2).reason().contains("choose metric or US units"));
        row(reading, "babybuddy/feeding/11");
        row(reading, "babybuddy/diaper_change/21");
        row(reading, "babybuddy/sleep/31");
    }

    @Test
    void diaperChangesSleepTummyTimeAndPumping() throws Exception {
        SourceReading reading = read(UnitSystem.US);
        var dirty = (EntryData.Diaper) row(reading, "babybuddy/diaper_change/21").data();
        assertTrue(dirty.wet() && dirty.dirty() && !dirty.dry());
        assertEquals(StoolColour.YELLOW, dirty.stoolColour());
        var dry = (EntryData.Diaper) row(reading, "babybuddy/diaper_change/22").data();
        assertTrue(dry.dry() && !dry.wet() && !dry.dirty());
        var wet = (EntryData.Diaper) row(reading, "babybuddy/diaper_change/23").data();
        assertTrue(wet.wet() && !wet.dirty());
        assertNull(wet.stoolColour(), "Nestling keeps a colour only with a dirty diaper");
        assertEquals("Colour: green\nAmount: 2.5", wet.notes());

        assertEquals(SleepKind.NIGHT, ((EntryData.Sleep) row(reading, "babybuddy/sleep/31").data()).kind());
        assertEquals(SleepKind.NAP, ((EntryData.Sleep) row(reading, "babybuddy/sleep/32").data()).kind());
        assertEquals(SleepKind.NAP, ((EntryData.Sleep) row(reading, "babybuddy/sleep/33").data()).kind(),
                "without a nap flag the start time suggests the kind");
        assertEquals(LocalDateTime.of(2024, 3, 10, 5, 30), row(reading, "babybuddy/sleep/31").end());

        SourceRow tummy = row(reading, "babybuddy/tummy_time/41");
        var activity = (EntryData.Activity) tummy.data();
        assertEquals(ActivityKind.TUMMY_TIME, activity.kind());
        assertEquals("Milestone: rolled over", activity.notes());
        assertEquals(LocalDateTime.of(2024, 3, 10, 15, 10), tummy.end());

        SourceRow pumping = row(reading, "babybuddy/pumping/51");
        var pumped = (EntryData.Pumping) pumping.data();
        assertNull(pumped.leftMl());
        assertNull(pumped.rightMl());
        assertEquals("Total pumped: 89 ml (Baby Buddy does not record sides)", pumped.notes(), "3 fl oz = 88.72 ml");
        assertEquals(LocalDateTime.of(2024, 3, 10, 7, 15), pumping.end());
    }

    @Test
    void aTagExportWithChildColumnsStillNamesTheTags() throws Exception {
        write("Tag-2025-10-02.csv", "id,child_id,child_first_name,child_last_name,name,slug,color,last_used\n"
                + "1,,,,our,our,#ff7f7f,2022-05-27 23:20:43\n");
        write("TummyTime-2025-10-02.csv", PREFIX + "start,end,milestone,tags\n"
                + "41,1,Ada,Lovelace,2024-03-10 15:00:00,2024-03-10 15:10:00,,1\n");
        SourceReading reading = read(UnitSystem.US);
        assertTrue(reading.refused().stream().noneMatch(r -> r.where().file().startsWith("Tag")), reading.refused().toString());
        assertEquals("Tags: our", ((EntryData.Activity) row(reading, "babybuddy/tummy_time/41").data()).notes());
    }

    @Test
    void olderSleepExportsNameTheNapColumnNapping() throws Exception {
        write("Sleep-2025-10-02.csv", PREFIX + "start,end,napping,notes,tags\n"
                + "31,1,Ada,Lovelace,2024-03-09 20:00:00,2024-03-10 05:30:00,False,,\n"
                + "32,1,Ada,Lovelace,2024-03-10 20:30:00,2024-03-10 21:00:00,True,,\n");
        SourceReading reading = read(UnitSystem.US);
        assertEquals(SleepKind.NIGHT, ((EntryData.Sleep) row(reading, "babybuddy/sleep/31").data()).kind());
        assertEquals(SleepKind.NAP, ((EntryData.Sleep) row(reading, "babybuddy/sleep/32").data()).kind(),
                "20:30 would suggest a night: the napping flag decides");
    }

    @Test
    void temperatureGrowthAndNotes() throws Exception {
        SourceReading reading = read(UnitSystem.US);
        assertEquals(380, ((EntryData.Temperature) row(reading, "babybuddy/temperature/61").data()).deciCelsius(),
                "100.4 °F = 38.0 °C");
        assertEquals(new EntryData.Note("Temperature: after vaccines"),
                row(reading, "babybuddy/temperature/61/notes").data(), "a temperature has no notes field");
        SourceRow weight = row(reading, "babybuddy/weight/71");
        assertEquals(3402, ((EntryData.Growth) weight.data()).grams(), "7.5 lb = 3401.94 g");
        assertEquals(LocalDateTime.of(2024, 3, 10, 12, 0), weight.start(), "a date alone is carried at noon");
        assertEquals(LocalDateTime.of(2024, 3, 10, 12, 1), row(reading, "babybuddy/height/81").start(),
                "a minute apart, so the import does not take the same day's height for the weight again");
        assertEquals(LocalDateTime.of(2024, 3, 10, 12, 2), row(reading, "babybuddy/head_circumference/91").start());
        var height = (EntryData.Growth) row(reading, "babybuddy/height/81").data();
        assertEquals(521, height.lengthMm(), "20.5 in = 520.7 mm");
        assertEquals(LengthPosition.LYING, height.position());
        assertEquals(343, ((EntryData.Growth) row(reading, "babybuddy/head_circumference/91").data()).headMm());
        assertEquals(new EntryData.Note("First smile!\nSo cute\nTags: grandma"), row(reading, "babybuddy/note/101").data());
    }

    @Test
    void rowsThatCannotBeCarriedAreRefusedWithoutQuotingThem() throws Exception {
        SourceReading reading = read(UnitSystem.US);
        assertEquals("a bottle without an amount cannot be imported",
                refused(reading, "Feeding-2025-10-02.csv", 8).reason());
        assertEquals("the start time is not a date and time Baby Buddy writes",
                refused(reading, "Feeding-2025-10-02.csv", 9).reason());
        assertTrue(refused(reading, "BMI-2025-10-02.csv", 2).reason().contains("BMI"));
        assertEquals(3, reading.refused().size());
        assertFalse(reading.refused().stream().anyMatch(r -> r.reason().contains("yesterday")));
        assertEquals(20, reading.rows().size());
    }

    @Test
    void aFileOfAnotherAppIsRefusedWhole(@TempDir Path other) throws IOException {
        Path huckleberry = other.resolve("export.csv");
        Files.writeString(huckleberry, "Type,Start,End,Duration,Start Condition,Start Location,End Condition,Notes\n"
                + "Feed,2024-03-10 06:00,2024-03-10 06:20,00:20,,,,\n");
        var e = assertThrows(ImportFormatException.class,
                () -> format.read(huckleberry, new SourceAnswers(UnitSystem.US, NEW_YORK)));
        assertTrue(e.getMessage().contains("export.csv is not a Baby Buddy export"));

        Path xlsx = other.resolve("Feeding.xlsx");
        Files.write(xlsx, new byte[] {'P', 'K', 3, 4});
        assertThrows(ImportFormatException.class, () -> format.read(xlsx, new SourceAnswers(UnitSystem.US, NEW_YORK)));
        Path empty = Files.createDirectory(other.resolve("empty"));
        assertThrows(ImportFormatException.class, () -> format.read(empty, new SourceAnswers(UnitSystem.US, NEW_YORK)));

        Files.writeString(dir.resolve("broken.csv"), PREFIX + "note,time\n1,1,Ada,,\"never closed,2024-01-01 00:00:00\n");
        var broken = assertThrows(ImportFormatException.class, () -> read(UnitSystem.US));
        assertTrue(broken.getMessage().startsWith("broken.csv, line 2"));
    }

    @Test
    void anExportOfAModelNestlingHasNoEntryForHasEachRowRefused(@TempDir Path other) throws Exception {
        Files.writeString(other.resolve("Medication-2025-10-02.csv"), PREFIX + "time,name,dosage,dosage_unit,notes,tags\n"
                + "1,1,Ada,Lovelace,2024-03-10 16:05:00,Tylenol,2.5,ml,,\n");
        SourceReading reading = format.read(other, new SourceAnswers(UnitSystem.METRIC, NEW_YORK));
        assertEquals(List.of(), reading.rows());
        assertEquals("Nestling has no entry for this kind of Baby Buddy record", refused(reading,
                "Medication-2025-10-02.csv", 2).reason());
    }

    @Test
    void absurdNumbersAreRefusedNotThrown(@TempDir Path other) throws Exception {
        Files.writeString(other.resolve("Feeding.csv"), PREFIX + "start,end,type,method,amount,notes,tags\n"
                + "1,1,Ada,,2024-03-10 06:00:00,2024-03-10 06:10:00,formula,bottle,1E+999,,\n");
        Files.writeString(other.resolve("DiaperChange.csv"), PREFIX + "time,wet,solid,color,amount,notes,tags\n"
                + "2,1,Ada,,2024-03-10 06:00:00,maybe,0,,,,\n");
        SourceReading reading = format.read(other, new SourceAnswers(UnitSystem.METRIC, NEW_YORK));
        assertEquals(BabyBuddyFormat.OUT_OF_RANGE, refused(reading, "Feeding.csv", 2).reason());
        assertEquals("the wet column is neither yes (1) nor no (0)", refused(reading, "DiaperChange.csv", 2).reason());
    }

    @Test
    void aSingleFileIsReadOnItsOwn() throws Exception {
        SourceReading reading = format.read(dir.resolve("Sleep-2025-10-02.csv"), new SourceAnswers(null, NEW_YORK));
        assertEquals(3, reading.rows().size());
        assertEquals(List.of(new SourceBaby("1", "Ada Lovelace", null)), reading.babies());
    }
}
