package nestling.imports.nara;

import nestling.imports.RefusalReason;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Nara Baby's CSV export: one file per child (a folder of them for several), every activity a row
 * with {@code Type}, {@code Profile Name}, the start as epoch milliseconds and the phone's
 * {@code Time Zone}, and a family of columns per type ({@code [Bottle Feed] Formula Volume},
 * {@code [Breastfeed] Left Duration (Seconds)}, …; {@link NaraRows}). A {@code Profile} row gives the
 * child's birth date. Recognised by its {@code Type}, {@code Start Date/time (Epoch)} and
 * {@code _activityKey} columns; the activity key is each row's identity. See docs/import-formats.md.
 */
public final class NaraFormat implements SourceFormat {
    static final List<String> REQUIRED = List.of("Type", "Profile Name", "Start Date/time (Epoch)", "_activityKey");

    @Override
    public String name() {
        return "nara";
    }

    @Override
    public String displayName() {
        return "Nara Baby";
    }

    @Override
    public SourceReading read(Path fileOrFolder, SourceAnswers answers) throws ImportFormatException {
        Map<String, SourceBaby> babies = new LinkedHashMap<>();
        List<SourceRow> rows = new ArrayList<>();
        List<RefusedRow> refused = new ArrayList<>();
        for (Path file : SourceFiles.csv(fileOrFolder, displayName())) {
            readFile(file, answers, babies, rows, refused);
        }
        return new SourceReading(List.copyOf(babies.values()), rows, refused);
    }

    private static void readFile(Path file, SourceAnswers answers, Map<String, SourceBaby> babies, List<SourceRow> rows,
            List<RefusedRow> refused) throws ImportFormatException {
        String fileName = file.getFileName().toString();
        try (CsvReader csv = CsvReader.open(file)) {
            CsvReader.Record first = csv.next();
            if (first == null || !CsvHeader.of(first).hasAll(REQUIRED)) {
                throw new ImportFormatException(fileName + " is not a Nara Baby export: it lacks the columns "
                        + String.join(", ", REQUIRED) + ". Export the CSV again from Nara Baby, or choose the app it"
                        + " came from.");
            }
            NaraRows mapper = new NaraRows(CsvHeader.of(first), answers);
            for (CsvReader.Record record = csv.next(); record != null; record = csv.next()) {
                SourceLine where = new SourceLine(fileName, record.line());
                if (record.size() > first.size()) {
                    refused.add(new RefusedRow(where, RefusalReason.COLUMN_COUNT, record.size(), first.size()));
                    continue;
                }
                try {
                    SourceBaby baby = mapper.baby(record);
                    if (baby != null) {
                        babies.merge(baby.key(), baby, (known, now) -> now.birthDate() != null ? now : known);
                    }
                    rows.addAll(mapper.map(record, where));
                } catch (RowRefusal e) {
                    refused.add(new RefusedRow(where, e));
                }
            }
        } catch (CsvFormatException | IOException e) {
            throw SourceFiles.unreadable(fileName, "Nara Baby", e);
        }
    }
}
