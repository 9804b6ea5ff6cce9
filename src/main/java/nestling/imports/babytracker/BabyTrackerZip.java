package nestling.imports.babytracker;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import nestling.domain.Baby;
import nestling.imports.ImportFormatException;
import nestling.imports.SourceAnswers;
import nestling.imports.SourceReading;
import nestling.imports.csv.CsvFormatException;
import nestling.imports.csv.CsvReader;

/**
 * A zip from Baby Tracker: its backup ("Data Clone", holding the database {@code EasyLog.db} and the
 * pictures) or a zipped CSV export. Read in place, nothing is extracted to disk: the database is read into
 * memory and opened there. Every read is bounded whatever the zip declares, so a zip bomb or a huge entry is
 * refused: at most {@value #MAX_ENTRIES} entries, a database of at most 256 MiB, a CSV file of at most 64 MiB
 * (all CSVs together 256 MiB); pictures are read only when a milestone shows one and only up to the size a
 * Nestling photo may have.
 */
final class BabyTrackerZip {
    static final int MAX_ENTRIES = 100_000;
    static final int MAX_DATABASE_BYTES = 256 * 1024 * 1024;
    static final int MAX_CSV_BYTES = 64 * 1024 * 1024;
    static final long MAX_ALL_CSV_BYTES = 256L * 1024 * 1024;

    private BabyTrackerZip() {
    }

    static SourceReading read(Path zip, SourceAnswers answers) throws ImportFormatException {
        return read(zip, answers, MAX_DATABASE_BYTES);
    }

    /** With a smaller bound on the database, so a test can show a too-big one is refused. */
    static SourceReading read(Path zip, SourceAnswers answers, int maxDatabaseBytes) throws ImportFormatException {
        String name = zip.getFileName().toString();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry database = null;
            Map<String, ZipEntry> pictures = new HashMap<>();
            List<ZipEntry> csvs = new ArrayList<>();
            int count = 0;
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (++count > MAX_ENTRIES) {
                    throw new ImportFormatException(name + " holds more than " + MAX_ENTRIES
                            + " files: it is not a Baby Tracker backup.");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                String base = baseName(entry.getName());
                String lower = base.toLowerCase(Locale.ROOT);
                if (lower.equals("easylog.db")) {
                    database = entry;
                } else if (lower.endsWith(".csv") && !base.startsWith("._")) {
                    csvs.add(entry);
                } else {
                    pictures.put(base, entry);
                }
            }
            if (database != null) {
                byte[] image = bounded(file, database, maxDatabaseBytes, name, "its database");
                return BabyTrackerDatabase.read(image, picture -> picture(file, pictures.get(picture)), answers);
            }
            if (csvs.isEmpty()) {
                throw new ImportFormatException(name + " holds neither Baby Tracker's database (EasyLog.db) nor its "
                        + "CSV files: it is not a Baby Tracker backup or export.");
            }
            return BabyTrackerCsvExport.read(csvFiles(file, csvs, name), answers);
        } catch (ZipException e) {
            throw new ImportFormatException(name + " is not a readable zip (damaged or cut short): export the "
                    + "backup from Baby Tracker again.", e);
        } catch (IOException e) {
            throw new ImportFormatException(name + " could not be read.", e);
        }
    }

    private static List<BabyTrackerCsvExport.CsvFile> csvFiles(ZipFile file, List<ZipEntry> csvs, String name)
            throws IOException, ImportFormatException {
        List<BabyTrackerCsvExport.CsvFile> files = new ArrayList<>();
        long total = 0;
        for (ZipEntry entry : csvs) {
            String base = baseName(entry.getName());
            byte[] bytes = bounded(file, entry, MAX_CSV_BYTES, name, base);
            total += bytes.length;
            if (total > MAX_ALL_CSV_BYTES) {
                throw new ImportFormatException(name + " holds more CSV text than any Baby Tracker export: "
                        + "it is not one.");
            }
            files.add(new BabyTrackerCsvExport.CsvFile(base, records(bytes, base)));
        }
        return files;
    }

    /** Every record of one CSV held in memory, decoded as strict UTF-8 like a file on disk. */
    static List<CsvReader.Record> records(byte[] bytes, String name) throws ImportFormatException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            List<CsvReader.Record> records = new ArrayList<>();
            try (CsvReader csv = new CsvReader(new StringReader(text))) {
                for (CsvReader.Record r = csv.next(); r != null; r = csv.next()) {
                    records.add(r);
                }
            }
            return records;
        } catch (CharacterCodingException e) {
            throw new ImportFormatException(name + " is not UTF-8 text: it is not a Baby Tracker CSV export.", e);
        } catch (CsvFormatException e) {
            throw new ImportFormatException(name + ", line " + e.line() + ": the CSV is damaged.", e);
        } catch (IOException e) {
            throw new ImportFormatException(name + " could not be read.", e);
        }
    }

    /**
     * A milestone's picture, or null when missing, larger than a Nestling photo may be, or not a JPEG or
     * PNG (what the window can show). Nothing here scales pictures down: that needs the window's scaler.
     */
    private static byte[] picture(ZipFile file, ZipEntry entry) {
        if (entry == null) {
            return null;
        }
        try (InputStream in = file.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(Baby.MAX_PHOTO_BYTES + 1);
            boolean jpeg = bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8;
            boolean png = bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
            return bytes.length > Baby.MAX_PHOTO_BYTES || !(jpeg || png) ? null : bytes;
        } catch (IOException e) {
            return null;
        }
    }

    /** The entry's bytes, refusing the zip when it holds more than {@code max} (whatever its header says). */
    private static byte[] bounded(ZipFile file, ZipEntry entry, int max, String zip, String what)
            throws IOException, ImportFormatException {
        if (entry.getSize() > max) {
            throw tooBig(zip, what, max);
        }
        try (InputStream in = file.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                throw tooBig(zip, what, max);
            }
            return bytes;
        }
    }

    private static ImportFormatException tooBig(String zip, String what, int max) {
        return new ImportFormatException(zip + ": " + what + " is larger than " + (max / (1024 * 1024))
                + " MB, far more than any Baby Tracker backup; it is not one.");
    }

    private static String baseName(String entryName) {
        String n = entryName.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1);
    }
}
