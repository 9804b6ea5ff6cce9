package nestling.imports.huckleberry;

import nestling.imports.RefusalReason;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nestling.imports.ImportFormatException;
import nestling.imports.RefusedRow;
import nestling.imports.RowRefusal;
import nestling.imports.SourceAnswers;
import nestling.imports.SourceBaby;
import nestling.imports.SourceFiles;
import nestling.imports.SourceFormat;
import nestling.imports.SourceLine;
import nestling.imports.SourceReading;
import nestling.imports.SourceRow;
import nestling.imports.csv.CsvFormatException;
import nestling.imports.csv.CsvHeader;
import nestling.imports.csv.CsvReader;

/**
 * Huckleberry's CSV export: one file per child, {@code Type,Start,End,Duration,Start Condition,Start
 * Location,End Condition,Notes} (newer exports add who logged it, "Caregiver" or "Logged By"), local
 * times as {@code 2024-03-10 14:05}, the four middle columns meaning something else per type
 * ({@link HuckleberryRows}). The file does not name the child: a single file goes to the baby the
 * parent names (or Nestling's only baby); a folder of several files is one child per file, named after
 * the file ("Ada.csv" is Ada). See docs/import-formats.md.
 */
public final class HuckleberryFormat implements SourceFormat {
    static final List<String> HEADER = List.of("Type", "Start", "End", "Duration", "Start Condition",
            "Start Location", "End Condition", "Notes");

    @Override
    public String name() {
        return "huckleberry";
    }

    @Override
    public String displayName() {
        return "Huckleberry";
    }

    @Override
    public SourceReading read(Path fileOrFolder, SourceAnswers answers) throws ImportFormatException {
        List<Path> files = SourceFiles.csv(fileOrFolder, displayName());
        boolean onePerChild = files.size() > 1;
        List<SourceBaby> babies = new ArrayList<>();
        List<SourceRow> rows = new ArrayList<>();
        List<RefusedRow> refused = new ArrayList<>();
        for (Path file : files) {
            String fileName = file.getFileName().toString();
            String baby = null;
            if (onePerChild) {
                baby = fileName.substring(0, fileName.length() - ".csv".length()).strip();
                babies.add(new SourceBaby(baby, baby, null));
            }
            readFile(file, fileName, baby, answers, rows, refused);
        }
        return new SourceReading(babies, rows, refused);
    }

    private static void readFile(Path file, String fileName, String baby, SourceAnswers answers, List<SourceRow> rows,
            List<RefusedRow> refused) throws ImportFormatException {
        try (CsvReader csv = CsvReader.open(file)) {
            CsvReader.Record first = csv.next();
            if (first == null || !CsvHeader.of(first).hasAll(HEADER)) {
                throw new ImportFormatException(fileName + " is not a Huckleberry export: its first line should be "
                        + String.join(",", HEADER) + ". Export the CSV again from Huckleberry, or choose the app it"
                        + " came from.");
            }
            HuckleberryRows mapper = new HuckleberryRows(CsvHeader.of(first), fileName, baby, answers);
            for (CsvReader.Record record = csv.next(); record != null; record = csv.next()) {
                SourceLine where = new SourceLine(fileName, record.line());
                if (record.size() > first.size()) {
                    refused.add(new RefusedRow(where, RefusalReason.COLUMN_COUNT, record.size(), first.size()));
                    continue;
                }
                try {
                    rows.addAll(mapper.map(record, where));
                } catch (RowRefusal e) {
                    refused.add(new RefusedRow(where, e));
                }
            }
        } catch (CsvFormatException | IOException e) {
            throw SourceFiles.unreadable(fileName, "Huckleberry", e);
        }
    }
}
