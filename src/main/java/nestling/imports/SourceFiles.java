package nestling.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nestling.util.OrdinaryFile;

/**
 * The CSV files a format reads: the file given, or the {@code .csv} files directly in the folder given,
 * by name. Only ordinary files, each at most {@link #MAX_BYTES} (a pipe or a device such as
 * {@code /dev/zero} would never end; a family's whole export is a few MB), refused before reading.
 */
public final class SourceFiles {
    /** Far above any family's export (50,000 rows are about 3 MB), far below what would strain the heap. */
    public static final long MAX_BYTES = 64L << 20;

    private SourceFiles() {
    }

    public static List<Path> csv(Path fileOrFolder, String appName) throws ImportFormatException {
        if (Files.isRegularFile(fileOrFolder)) {
            return List.of(checked(fileOrFolder, appName));
        }
        if (Files.exists(fileOrFolder) && !Files.isDirectory(fileOrFolder)) {
            throw new ImportFormatException(fileOrFolder.getFileName() + " is not an ordinary file: give the "
                    + appName + " export with --in");
        }
        if (!Files.isDirectory(fileOrFolder)) {
            throw new ImportFormatException("there is no file or folder " + fileOrFolder.getFileName()
                    + ": give the " + appName + " export with --in");
        }
        try (Stream<Path> listing = Files.list(fileOrFolder)) {
            List<Path> files = listing.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .sorted().toList();
            for (Path file : files) {
                checked(file, appName);
            }
            if (files.isEmpty()) {
                throw new ImportFormatException("the folder " + fileOrFolder.getFileName() + " holds no .csv file: give the "
                        + appName + " export itself with --in");
            }
            return files;
        } catch (IOException e) {
            throw new ImportFormatException("the folder " + fileOrFolder.getFileName() + " cannot be read", e);
        }
    }

    private static Path checked(Path file, String appName) throws ImportFormatException {
        long size;
        try {
            size = OrdinaryFile.of(file).size();
        } catch (IOException e) {
            throw new ImportFormatException(file.getFileName() + " is not an ordinary file that can be read: give the "
                    + appName + " export with --in", e);
        }
        if (size > MAX_BYTES) {
            throw new ImportFormatException(file.getFileName() + " is larger (" + (size >> 20) + " MB) than any "
                    + appName + " export can be: is it the right file?");
        }
        return file;
    }

    /**
     * What a CSV export that could not be read becomes: damaged (with where), not UTF-8 (saved from a
     * spreadsheet, most often), or not readable at all. Every format says it the same way.
     */
    public static ImportFormatException unreadable(String fileName, String appName, Exception e) {
        return switch (e) {
            case nestling.imports.csv.CsvFormatException damaged -> new ImportFormatException(fileName + " is damaged at "
                    + damaged.getMessage() + ": export it again from " + appName);
            case java.nio.charset.CharacterCodingException notUtf8 -> new ImportFormatException(fileName
                    + " is not UTF-8 text, as " + appName + " writes its export: export it again, and do not save it "
                    + "from a spreadsheet");
            default -> new ImportFormatException(fileName + " cannot be read (" + e.getClass().getSimpleName() + ")", e);
        };
    }
}
