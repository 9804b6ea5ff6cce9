package nestling.imports.babytracker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nestling.domain.BottleContent;
import nestling.domain.DoseUnit;
import nestling.domain.EntryData;
import nestling.domain.LengthPosition;
import nestling.domain.Side;
import nestling.domain.SleepKind;
import nestling.imports.ImportFormatException;
import nestling.imports.SourceAnswers;
import nestling.imports.SourceBaby;
import nestling.imports.SourceReading;
import nestling.imports.SourceRow;
import nestling.testsupport.PlaintextScanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConnection;

/**
 * Baby Tracker's backup zip: an {@code EasyLog.db} built here with the app's tables and columns (as public
 * descriptions of the database name them), in WAL mode as the app keeps it, zipped with pictures.
 */
class BabyTrackerBackupTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final String MARKER = "Zephyrine-7Q";
    private static final byte[] SMILE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3, (byte) 0xFF, (byte) 0xD9};

    @TempDir
    Path dir;

    private static long unix(String instant) {
        return Instant.parse(instant).getEpochSecond();
    }

    private static byte[] easyLog() throws Exception {
        String common = "ID TEXT PRIMARY KEY, Timestamp REAL, Time REAL, Note TEXT, HasPicture INTEGER, BabyID TEXT";
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE Baby (ID TEXT PRIMARY KEY, Timestamp REAL, Name TEXT, DOB REAL, DueDay TEXT,"
                    + " Gender INTEGER, Picture TEXT)");
            s.execute("INSERT INTO Baby VALUES ('B1', 0, '" + MARKER + "', " + unix("2024-01-15T05:00:00Z") + ", NULL, 0, NULL),"
                    + " ('B2', 0, 'Ben', " + unix("2024-02-20T05:00:00Z") + ", NULL, 1, NULL)");
            s.execute("CREATE TABLE Nursing (" + common + ", DescID TEXT, FinishSide INTEGER, LeftDuration INTEGER,"
                    + " RightDuration INTEGER, BothDuration INTEGER)");
            s.execute("INSERT INTO Nursing VALUES ('N1', 0, " + unix("2024-03-10T06:50:00Z") + ", 'latched " + MARKER
                    + "', 0, 'B1', NULL, 1, 10, 5, 0), ('N2', 0, " + unix("2024-03-10T09:00:00Z")
                    + ", NULL, 0, 'B1', NULL, 2, 0, 0, 0)");
            s.execute("CREATE TABLE Formula (" + common + ", DescID TEXT, Amount REAL, IsEnglishScale INTEGER)");
            s.execute("INSERT INTO Formula VALUES ('F1', 0, " + unix("2024-03-10T11:00:00Z") + ", NULL, 0, 'B1', NULL, 4, 1)");
            s.execute("CREATE TABLE Pumped (" + common + ", DescID TEXT, Amount REAL, IsEnglishScale INTEGER, PumpID TEXT)");
            s.execute("INSERT INTO Pumped VALUES ('E1', 0, " + unix("2024-03-10T12:00:00Z") + ", NULL, 0, 'B2', NULL, 90, 0, NULL)");
            s.execute("CREATE TABLE Pump (ID TEXT PRIMARY KEY, Timestamp REAL, Time REAL, Note TEXT, HasPicture INTEGER,"
                    + " FinishSide INTEGER, Sides INTEGER, Amount REAL, IsEnglishScale INTEGER, Label TEXT, PumpedID TEXT,"
                    + " LeftAmount REAL, RightAmount REAL, LeftDuration INTEGER, RightDuration INTEGER)");
            s.execute("INSERT INTO Pump VALUES ('P1', 0, " + unix("2024-03-10T13:00:00Z")
                    + ", NULL, 0, 0, 2, 3.5, 1, 'fridge', NULL, 2, 1.5, 10, 8)");
            s.execute("CREATE TABLE Diaper (" + common + ", Status INTEGER, PeeColor INTEGER, PooColor INTEGER,"
                    + " Amount INTEGER, Texture INTEGER, Flag INTEGER)");
            s.execute("INSERT INTO Diaper VALUES ('D0', 0, " + unix("2024-03-10T14:00:00Z") + ", NULL, 0, 'B1', 0, 0, 0, 0, 0, 0),"
                    + " ('D1', 0, " + unix("2024-03-10T14:10:00Z") + ", NULL, 0, 'B1', 1, 0, 0, 0, 0, 0),"
                    + " ('D2', 0, " + unix("2024-03-10T14:20:00Z") + ", NULL, 0, 'B1', 2, 0, 0, 0, 0, 0),"
                    + " ('D3', 0, " + unix("2024-03-10T14:30:00Z") + ", NULL, 0, 'B1', 3, 0, 0, 0, 0, 0),"
                    + " ('D7', 0, " + unix("2024-03-10T14:40:00Z") + ", NULL, 0, 'B1', 7, 0, 0, 0, 0, 0)");
            s.execute("CREATE TABLE SleepLocationSelection (ID TEXT PRIMARY KEY, Timestamp REAL, Name TEXT, Description TEXT)");
            s.execute("INSERT INTO SleepLocationSelection VALUES ('L1', 0, 'Crib', NULL)");
            s.execute("CREATE TABLE Sleep (" + common + ", Duration INTEGER, LocationID TEXT, DescID TEXT)");
            s.execute("INSERT INTO Sleep VALUES ('S1', 0, " + unix("2024-03-10T08:00:00Z") + ", NULL, 0, 'B1', 90, 'L1', NULL)");
            s.execute("CREATE TABLE Growth (" + common + ", Weight REAL, Length REAL, Head REAL,"
                    + " IsEnglishLengthScale INTEGER, IsEnglishWeightScale INTEGER)");
            s.execute("INSERT INTO Growth VALUES ('G1', 0, " + unix("2024-03-10T15:00:00Z") + ", NULL, 0, 'B1', 7.5, 20.5, 0, 1, 1)");
            s.execute("CREATE TABLE Temperature (" + common + ", Temp REAL, IsEnglishScale INTEGER)");
            s.execute("INSERT INTO Temperature VALUES ('T1', 0, " + unix("2024-03-10T16:00:00Z") + ", NULL, 0, 'B1', 100.4, 1)");
            s.execute("CREATE TABLE MedicineSelection (ID TEXT PRIMARY KEY, Timestamp REAL, Name TEXT, Description TEXT,"
                    + " IsPrescription INTEGER, AmountPerTime REAL, Unit TEXT, Interval INTEGER)");
            s.execute("INSERT INTO MedicineSelection VALUES ('M', 0, 'Tylenol', NULL, 0, 2.5, 'ml', 6)");
            s.execute("CREATE TABLE Medicine (" + common + ", MedID TEXT, Amount REAL)");
            s.execute("INSERT INTO Medicine VALUES ('MD1', 0, " + unix("2024-03-10T16:05:00Z") + ", NULL, 0, 'B1', 'M', 2.5)");
            s.execute("CREATE TABLE MilestoneSelection (ID TEXT PRIMARY KEY, Timestamp REAL, Name TEXT, Description TEXT,"
                    + " ForAge INTEGER, BabyID TEXT)");
            s.execute("INSERT INTO MilestoneSelection VALUES ('MS', 0, 'First smile', NULL, 2, NULL)");
            s.execute("CREATE TABLE Milestone (" + common + ", MilestoneSelectionID TEXT)");
            s.execute("INSERT INTO Milestone VALUES ('MI1', 0, " + unix("2024-03-10T17:00:00Z") + ", NULL, 1, 'B1', 'MS')");
            s.execute("CREATE TABLE Joy (" + common + ")");
            s.execute("INSERT INTO Joy VALUES ('J1', 0, " + unix("2024-03-10T18:00:00Z") + ", 'giggles', 1, 'B1')");
            s.execute("CREATE TABLE Picture (ID TEXT PRIMARY KEY, Timestamp REAL, ActivityID TEXT, Type TEXT,"
                    + " FileName TEXT, Thumbnail TEXT)");
            s.execute("INSERT INTO Picture VALUES ('PI1', 0, 'MI1', NULL, 'smile.jpg', NULL),"
                    + " ('PI2', 0, 'J1', NULL, 'joy.jpg', NULL)");
            byte[] image = c.unwrap(SQLiteConnection.class).serialize("main");
            image[18] = 2; // the app keeps its database in WAL mode
            image[19] = 2;
            return image;
        }
    }

    private Path backup(byte[] database) throws IOException {
        Path zip = dir.resolve("BabyTracker.btbk.zip");
        var bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry("EasyLog.db"));
            z.write(database);
            z.putNextEntry(new ZipEntry("Pictures/smile.jpg"));
            z.write(SMILE);
            z.putNextEntry(new ZipEntry("Pictures/joy.jpg"));
            z.write(new byte[300 * 1024]);
        }
        Files.write(zip, bytes.toByteArray());
        return zip;
    }

    /** The temp folder's own entries (not the whole tree: the machine's /tmp is large and busy). */
    private static java.util.Map<Path, String> topLevel(Path tmp) throws IOException {
        java.util.Map<Path, String> entries = new java.util.HashMap<>();
        try (var listing = Files.list(tmp)) {
            for (Path p : listing.toList()) {
                try {
                    entries.put(p, Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis());
                } catch (IOException gone) {
                    // another process's temp file vanished meanwhile: not this test's
                }
            }
        }
        return entries;
    }

    private static SourceRow row(SourceReading reading, String table, String id) {
        return reading.rows().stream().filter(r -> r.sourceKey().equals("babytracker/db/" + table + "/" + id))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + table + "/" + id));
    }

    @Test
    void theBackupsDatabaseIsReadInMemoryTableByTable() throws Exception {
        Path zip = backup(easyLog());
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        var before = topLevel(tmp);
        SourceReading reading = new BabyTrackerFormat().read(zip, new SourceAnswers(null, NEW_YORK));
        List<Path> created = new java.util.ArrayList<>();
        // Temp files (Java's, SQLite's etilqs_*) are made directly in the temp folder, or in a new folder there.
        for (Path p : PlaintextScanner.createdOrChanged(before, topLevel(tmp))) {
            created.addAll(Files.isDirectory(p) ? PlaintextScanner.listing(p).keySet() : List.of(p));
        }
        assertEquals(List.of(), PlaintextScanner.scan(created, MARKER), "baby data never touches a temp file");

        assertEquals(List.of(new SourceBaby("B1", MARKER, LocalDate.of(2024, 1, 15)),
                new SourceBaby("B2", "Ben", LocalDate.of(2024, 2, 20))), reading.babies());

        SourceRow nursing = row(reading, "nursing", "N1");
        assertEquals("B1", nursing.sourceBaby());
        assertEquals(LocalDateTime.of(2024, 3, 10, 1, 50), nursing.start());
        assertEquals(ZoneOffset.ofHours(-5), nursing.offset(), "the instant is known: its offset is exact");
        assertEquals(LocalDateTime.of(2024, 3, 10, 2, 5), nursing.end());
        assertEquals(new EntryData.Breastfeeding(600, 300, Side.RIGHT, 1, 0, "latched " + MARKER), nursing.data());

        assertEquals(new EntryData.Bottle(BottleContent.FORMULA, 118, null), row(reading, "formula", "F1").data());
        assertEquals(new EntryData.Bottle(BottleContent.BREAST_MILK, 90, null), row(reading, "pumped", "E1").data());
        SourceRow pump = row(reading, "pump", "P1");
        assertEquals("B2", pump.sourceBaby(), "a pump session names no baby: it goes to the youngest");
        assertEquals(new EntryData.Pumping(59, 44, "Label: fridge"), pump.data());
        assertEquals(pump.start().plusMinutes(18), pump.end());

        assertEquals(new EntryData.Diaper(true, false, false, null, null, false, null), row(reading, "diaper", "D0").data());
        assertEquals(new EntryData.Diaper(false, true, false, null, null, false, null), row(reading, "diaper", "D1").data());
        assertEquals(new EntryData.Diaper(true, true, false, null, null, false, null), row(reading, "diaper", "D2").data());
        assertEquals(new EntryData.Diaper(false, false, true, null, null, false, null), row(reading, "diaper", "D3").data());

        SourceRow sleep = row(reading, "sleep", "S1");
        assertEquals(ZoneOffset.ofHours(-4), sleep.offset(), "after the clocks went forward");
        assertEquals(LocalDateTime.of(2024, 3, 10, 4, 0), sleep.start());
        assertEquals(new EntryData.Sleep(SleepKind.NIGHT, null, "Place: Crib"), sleep.data());

        assertEquals(new EntryData.Growth(3402, 521, LengthPosition.LYING, null, null), row(reading, "growth", "G1").data());
        assertEquals(new EntryData.Temperature(380, null), row(reading, "temperature", "T1").data());
        assertEquals(new EntryData.Medicine("Tylenol", new BigDecimal("2.5"), DoseUnit.ML, null, null),
                row(reading, "medicine", "MD1").data());
        var milestone = (EntryData.Milestone) row(reading, "milestone", "MI1").data();
        assertEquals("First smile", milestone.title());
        assertArrayEquals(SMILE, milestone.photo(), "the milestone's picture comes from the zip");
        assertEquals(new EntryData.Note("Joy: giggles\nA picture was not carried over"), row(reading, "joy", "J1").data());

        assertEquals(List.of("EasyLog.db: Diaper, line 5: the diaper status is not one Baby Tracker writes",
                "EasyLog.db: Nursing, line 2: a nursing session without any time on either side cannot be imported"),
                reading.refused().stream().map(r -> r.where() + ": " + r.reason()).sorted().toList());
    }

    @Test
    void aDamagedTruncatedOrOversizedBackupIsRefusedWhole() throws Exception {
        byte[] good = Files.readAllBytes(backup(easyLog()));
        var answers = new SourceAnswers(null, NEW_YORK);
        var format = new BabyTrackerFormat();

        Path truncated = dir.resolve("truncated.zip");
        Files.write(truncated, Arrays.copyOf(good, good.length / 2));
        assertTrue(assertThrows(ImportFormatException.class, () -> format.read(truncated, answers)).getMessage()
                .contains("not a readable zip"));

        Path garbage = dir.resolve("garbage.zip");
        byte[] noise = new byte[4096];
        new java.util.Random(17).nextBytes(noise);
        noise[0] = 'P';
        noise[1] = 'K';
        noise[2] = 3;
        noise[3] = 4;
        Files.write(garbage, noise);
        assertThrows(ImportFormatException.class, () -> format.read(garbage, answers));

        byte[] notADatabase = new byte[2 * 1024 * 1024];
        Path big = backup(notADatabase);
        assertTrue(assertThrows(ImportFormatException.class, () -> BabyTrackerZip.read(big, answers, 1024 * 1024))
                .getMessage().contains("larger than 1 MB"));
        assertTrue(assertThrows(ImportFormatException.class, () -> format.read(big, answers)).getMessage()
                .contains("is not a database"));

        byte[] damaged = easyLog();
        Arrays.fill(damaged, 100, damaged.length, (byte) 0x5A);
        assertThrows(ImportFormatException.class, () -> format.read(backup(damaged), answers));

        Path photosOnly = dir.resolve("photos.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(photosOnly))) {
            z.putNextEntry(new ZipEntry("IMG_0001.jpg"));
            z.write(SMILE);
        }
        assertTrue(assertThrows(ImportFormatException.class, () -> format.read(photosOnly, answers)).getMessage()
                .contains("neither"));
    }
}
