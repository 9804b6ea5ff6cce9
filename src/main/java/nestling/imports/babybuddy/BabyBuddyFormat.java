package nestling.imports.babybuddy;

import nestling.imports.RefusalReason;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import nestling.imports.ImportFormatException;
import nestling.imports.RefusedRow;
import nestling.imports.SourceAnswers;
import nestling.imports.SourceBaby;
import nestling.imports.SourceFormat;
import nestling.imports.SourceLine;
import nestling.imports.SourceReading;
import nestling.imports.SourceRow;
import nestling.imports.csv.CsvFormatException;
import nestling.imports.csv.CsvHeader;
import nestling.imports.csv.CsvReader;

/**
 * Baby Buddy's per-model CSV exports (Django admin ▸ a model ▸ Export ▸ csv): one file, or a folder holding
 * several (Child, Feeding, Diaper change, Sleep, Tummy time, Pumping, Temperature, Weight, Height, Head
 * circumference, Note, and Tag to name tags). Each file is recognised by its columns. XLSX exports are not
 * read: the parent is told to export CSV instead.
 */
public final class BabyBuddyFormat implements SourceFormat {
    /** Far above any family's export (a year of feeds is about 1 MB); a bigger file is not an export. */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    static final String OUT_OF_RANGE = RefusalReason.OUT_OF_RANGE.english();

    @Override
    public String name() {
        return "babybuddy";
    }

    @Override
    public String displayName() {
        return "Baby Buddy";
    }

    @Override
    public SourceReading read(Path fileOrFolder, SourceAnswers answers) throws ImportFormatException {
        List<Path> files = csvFiles(fileOrFolder);
        List<ParsedFile> parsed = new ArrayList<>();
        for (Path file : files) {
            parsed.add(parse(file));
        }
        Map<String, SourceBaby> babies = new LinkedHashMap<>();
        Map<String, String> keysByName = new HashMap<>();
        Map<String, String> tagNames = new HashMap<>();
        List<RefusedRow> refused = new ArrayList<>();
        for (ParsedFile file : parsed) {
            if (file.model == BabyBuddyModel.CHILD) {
                readChildren(file, babies, keysByName, refused);
            } else if (file.model == BabyBuddyModel.TAG) {
                for (CsvReader.Record record : file.records) {
                    tagNames.put(file.header.get(record, "id"), file.header.get(record, "name"));
                }
            }
        }
        BabyBuddyUnits units = new BabyBuddyUnits(answers);
        var feedings = new BabyBuddyFeedings(units, answers.zone());
        var entries = new BabyBuddyEntries(units, key -> babies.containsKey(key) ? babies.get(key).birthDate() : null);
        List<SourceRow> rows = new ArrayList<>();
        for (ParsedFile file : parsed) {
            if (file.model == BabyBuddyModel.CHILD || file.model == BabyBuddyModel.TAG) {
                continue;
            }
            for (CsvReader.Record record : file.records) {
                var r = new BabyBuddyRecord(file.model, new SourceLine(file.name, record.line()), file.header, record,
                        tagNames);
                try {
                    String baby = babyKey(r, babies, keysByName);
                    switch (file.model) {
                        case FEEDING -> rows.add(feedings.feeding(r, baby));
                        case PUMPING -> rows.add(feedings.pumping(r, baby));
                        case DIAPER_CHANGE -> rows.add(entries.diaperChange(r, baby));
                        case SLEEP -> rows.add(entries.sleep(r, baby));
                        case TUMMY_TIME -> rows.add(entries.tummyTime(r, baby));
                        case TEMPERATURE -> rows.addAll(entries.temperature(r, baby));
                        case WEIGHT -> rows.add(entries.weight(r, baby));
                        case HEIGHT -> rows.add(entries.height(r, baby));
                        case HEAD_CIRCUMFERENCE -> rows.add(entries.headCircumference(r, baby));
                        case NOTE -> rows.add(entries.note(r, baby));
                        case BMI -> throw new Refusal(RefusalReason.BMI);
                        case OTHER -> throw new Refusal(RefusalReason.UNKNOWN_RECORD);
                        default -> throw new IllegalStateException("unhandled model " + file.model);
                    }
                } catch (Refusal e) {
                    refused.add(new RefusedRow(r.where(), e));
                } catch (ArithmeticException | java.time.DateTimeException e) {
                    // 1E+999 ml, a year 99999: no measurement or time a parent logged
                    refused.add(new RefusedRow(r.where(), RefusalReason.OUT_OF_RANGE));
                }
            }
        }
        return new SourceReading(List.copyOf(babies.values()), rows, refused);
    }

    private record ParsedFile(String name, BabyBuddyModel model, CsvHeader header, List<CsvReader.Record> records) {
    }

    private static void readChildren(ParsedFile file, Map<String, SourceBaby> babies, Map<String, String> keysByName,
            List<RefusedRow> refused) {
        for (CsvReader.Record record : file.records) {
            String first = file.header.get(record, "first_name");
            String last = file.header.get(record, "last_name");
            String name = last.isEmpty() ? first : first + " " + last;
            if (name.isEmpty()) {
                refused.add(new RefusedRow(new SourceLine(file.name, record.line()), RefusalReason.CHILD_NO_NAME));
                continue;
            }
            String id = file.header.get(record, "id");
            String key = id.isEmpty() ? name : id;
            LocalDate birth = BabyBuddyValues.date(file.header.get(record, "birth_date"));
            babies.putIfAbsent(key, new SourceBaby(key, name, birth));
            keysByName.putIfAbsent(name, key);
        }
    }

    /** child_id where the export has it; else the child's name, matched to the Child export when there is one. */
    private static String babyKey(BabyBuddyRecord r, Map<String, SourceBaby> babies, Map<String, String> keysByName)
            throws Refusal {
        String id = r.get("child_id");
        String name = r.childName();
        String key = !id.isEmpty() ? id : keysByName.getOrDefault(name, name);
        if (key.isEmpty()) {
            throw new Refusal(RefusalReason.NO_CHILD);
        }
        babies.computeIfAbsent(key, k -> new SourceBaby(k, name.isEmpty() ? "Child " + k : name, null));
        return key;
    }

    private static List<Path> csvFiles(Path fileOrFolder) throws ImportFormatException {
        if (Files.isRegularFile(fileOrFolder)) {
            String lower = fileOrFolder.getFileName().toString().toLowerCase(Locale.ROOT);
            if (lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
                throw new ImportFormatException("Nestling reads Baby Buddy's CSV exports, not spreadsheets: "
                        + "in Baby Buddy's admin, export again and choose the csv format.");
            }
            return List.of(fileOrFolder);
        }
        if (!Files.isDirectory(fileOrFolder)) {
            throw new ImportFormatException("There is no file or folder at the path given.");
        }
        try (Stream<Path> listing = Files.list(fileOrFolder)) {
            List<Path> csvs = listing.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
            if (csvs.isEmpty()) {
                throw new ImportFormatException("The folder holds no CSV files: export each Baby Buddy model "
                        + "(Children, Feedings, Sleep, …) as csv from Baby Buddy's admin into one folder.");
            }
            return csvs;
        } catch (IOException e) {
            throw new ImportFormatException("The folder could not be read.", e);
        }
    }

    private static ParsedFile parse(Path file) throws ImportFormatException {
        String name = file.getFileName().toString();
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ImportFormatException(name + " is larger than 64 MB, far more than any Baby Buddy "
                        + "export; it is not one.");
            }
            List<CsvReader.Record> records = CsvReader.readAll(file);
            if (records.isEmpty()) {
                throw new ImportFormatException(name + " is empty: it is not a Baby Buddy export.");
            }
            CsvHeader header = CsvHeader.of(records.getFirst());
            BabyBuddyModel model = BabyBuddyModel.of(header);
            if (model == null) {
                throw new ImportFormatException(name + " is not a Baby Buddy export Nestling knows: its columns "
                        + "are not those of Baby Buddy's children, feedings, diaper changes, sleep, tummy time, "
                        + "pumping, temperature, weight, height, head circumference or notes.");
            }
            return new ParsedFile(name, model, header, records.subList(1, records.size()));
        } catch (CharacterCodingException e) {
            throw new ImportFormatException(name + " is not UTF-8 text: it is not a Baby Buddy CSV export.", e);
        } catch (CsvFormatException e) {
            throw new ImportFormatException(name + ", line " + e.line() + ": the CSV is damaged (" + e.getMessage()
                    .replaceFirst("^line \\d+: ", "") + ").", e);
        } catch (IOException e) {
            throw new ImportFormatException(name + " could not be read.", e);
        }
    }
}
