package nestling.imports.babytracker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nestling.imports.ImportFormatException;
import nestling.imports.SourceAnswers;
import nestling.imports.SourceFormat;
import nestling.imports.SourceReading;

/**
 * Nighp's "Baby Tracker": its CSV export (one file per baby and category, "{Baby}_{category}.csv", as sent
 * by e-mail: a folder of them, one of them, or their zip) and its backup zip ("Data Clone": the database
 * {@code EasyLog.db} and the pictures). A zip is recognised by its content, not its name.
 */
public final class BabyTrackerFormat implements SourceFormat {

    @Override
    public String name() {
        return "babytracker";
    }

    @Override
    public String displayName() {
        return "Baby Tracker";
    }

    @Override
    public SourceReading read(Path fileOrFolder, SourceAnswers answers) throws ImportFormatException {
        if (Files.isDirectory(fileOrFolder)) {
            return BabyTrackerCsvExport.read(folder(fileOrFolder), answers);
        }
        if (!Files.isRegularFile(fileOrFolder)) {
            throw new ImportFormatException("There is no file or folder at the path given.");
        }
        String name = fileOrFolder.getFileName().toString();
        if (isZip(fileOrFolder)) {
            return BabyTrackerZip.read(fileOrFolder, answers);
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            throw new ImportFormatException(name + " is not a readable zip (damaged or cut short): export the "
                    + "backup from Baby Tracker again.");
        }
        return BabyTrackerCsvExport.read(List.of(csv(fileOrFolder)), answers);
    }

    private static boolean isZip(Path file) throws ImportFormatException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        } catch (IOException e) {
            throw new ImportFormatException(file.getFileName() + " could not be read.", e);
        }
    }

    private static List<BabyTrackerCsvExport.CsvFile> folder(Path folder) throws ImportFormatException {
        List<Path> csvs;
        try (Stream<Path> listing = Files.list(folder)) {
            csvs = listing.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .filter(p -> !p.getFileName().toString().startsWith("._"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new ImportFormatException("The folder could not be read.", e);
        }
        if (csvs.isEmpty()) {
            throw new ImportFormatException("The folder holds no CSV files: choose the folder of Baby Tracker's "
                    + "CSV export, or its backup zip.");
        }
        List<BabyTrackerCsvExport.CsvFile> files = new ArrayList<>();
        for (Path csv : csvs) {
            files.add(csv(csv));
        }
        return files;
    }

    private static BabyTrackerCsvExport.CsvFile csv(Path file) throws ImportFormatException {
        String name = file.getFileName().toString();
        try {
            if (Files.size(file) > BabyTrackerZip.MAX_CSV_BYTES) {
                throw new ImportFormatException(name + " is larger than 64 MB, far more than any Baby Tracker "
                        + "export; it is not one.");
            }
            return new BabyTrackerCsvExport.CsvFile(name, BabyTrackerZip.records(Files.readAllBytes(file), name));
        } catch (IOException e) {
            throw new ImportFormatException(name + " could not be read.", e);
        }
    }
}
