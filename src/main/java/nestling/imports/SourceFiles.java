package nestling.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The CSV files a format reads: the file given, or the {@code .csv} files directly in the folder given, by name. */
public final class SourceFiles {
    private SourceFiles() {
    }

    public static List<Path> csv(Path fileOrFolder, String appName) throws ImportFormatException {
        if (Files.isRegularFile(fileOrFolder)) {
            return List.of(fileOrFolder);
        }
        if (!Files.isDirectory(fileOrFolder)) {
            throw new ImportFormatException("there is no file or folder " + fileOrFolder.getFileName()
                    + ": give the " + appName + " export with --in");
        }
        try (Stream<Path> listing = Files.list(fileOrFolder)) {
            List<Path> files = listing.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .sorted().toList();
            if (files.isEmpty()) {
                throw new ImportFormatException("the folder " + fileOrFolder.getFileName() + " holds no .csv file: give the "
                        + appName + " export itself with --in");
            }
            return files;
        } catch (IOException e) {
            throw new ImportFormatException("the folder " + fileOrFolder.getFileName() + " cannot be read", e);
        }
    }
}
