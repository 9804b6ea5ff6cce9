package nestling.imports.babytracker;

import nestling.imports.RefusalReason;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nestling.imports.ImportFormatException;
import nestling.imports.RefusedRow;
import nestling.imports.SourceAnswers;
import nestling.imports.SourceBaby;
import nestling.imports.SourceLine;
import nestling.imports.SourceReading;
import nestling.imports.SourceRow;
import nestling.imports.csv.CsvHeader;
import nestling.imports.csv.CsvReader;

/** A whole CSV export (its files already read): recognised, then each row mapped or refused. */
final class BabyTrackerCsvExport {

    /** One CSV file of the export, by its name (never its folder). */
    record CsvFile(String name, List<CsvReader.Record> records) {
    }

    private BabyTrackerCsvExport() {
    }

    /**
     * Baby Tracker writes a start and a duration; the end is the start plus that much real time. Where a
     * clock change falls in between, or the end's wall time is one the autumn night shows twice (a sleep
     * from 00:50 for an hour), the wall-clock end could be an hour off, so such a row is given with the
     * start's offset and the exact end in it. Rows without a
     * clock change keep local times, resolved by the import like every other source's.
     */
    static SourceRow acrossDstChange(SourceRow row, ZoneId zone) {
        if (row.end() == null || row.offset() != null) {
            return row;
        }
        ZonedDateTime start = ZonedDateTime.ofLocal(row.start(), zone, null).withLaterOffsetAtOverlap();
        Instant end = start.toInstant().plus(Duration.between(row.start(), row.end()));
        ZoneOffset offset = start.getOffset();
        var rules = zone.getRules();
        if (rules.getOffset(end).equals(offset) && rules.getValidOffsets(row.start()).size() == 1
                && rules.getValidOffsets(row.end()).size() == 1) {
            return row;
        }
        return new SourceRow(row.where(), row.sourceKey(), row.sourceBaby(), start.toLocalDateTime(),
                LocalDateTime.ofInstant(end, offset), offset, row.data());
    }

    static SourceReading read(List<CsvFile> files, SourceAnswers answers) throws ImportFormatException {
        List<String> allTimes = new ArrayList<>();
        for (CsvFile file : files) {
            if (file.records().isEmpty()) {
                throw new ImportFormatException(file.name() + " is empty: it is not a Baby Tracker export.");
            }
            CsvHeader header = CsvHeader.of(file.records().getFirst());
            if (!header.has("Time")) {
                throw new ImportFormatException(file.name() + " is not a Baby Tracker export: it has no Time column "
                        + "(Baby Tracker writes Baby, Time, … and Note in each category's file).");
            }
            for (CsvReader.Record record : file.records().subList(1, file.records().size())) {
                allTimes.add(header.get(record, "Time"));
            }
        }
        BabyTrackerTimes times = BabyTrackerTimes.of(allTimes);
        var mapper = new BabyTrackerCsv(new BabyTrackerAmounts(answers.units()));
        Map<String, SourceBaby> babies = new LinkedHashMap<>();
        for (CsvFile file : files) {
            CsvHeader header = CsvHeader.of(file.records().getFirst());
            for (CsvReader.Record record : file.records().subList(1, file.records().size())) {
                String baby = header.get(record, "Baby");
                if (!baby.isEmpty()) {
                    babies.putIfAbsent(baby, new SourceBaby(baby, baby, null));
                }
            }
        }
        // A pump file may name no baby (pumping is the parent's): its rows go to the export's first baby, as
        // an import must put every entry on some baby, and a row without one would stop a twins' import.
        String firstBaby = babies.isEmpty() ? null : babies.keySet().iterator().next();
        List<SourceRow> rows = new ArrayList<>();
        List<RefusedRow> refused = new ArrayList<>();
        for (CsvFile file : files) {
            String category = BabyTrackerCsv.category(file.name());
            CsvHeader header = CsvHeader.of(file.records().getFirst());
            Map<String, Integer> seen = new HashMap<>();
            List<String> keys = BabyTrackerRow.keys(header.names());
            for (CsvReader.Record record : file.records().subList(1, file.records().size())) {
                var where = new SourceLine(file.name(), record.line());
                var row = new BabyTrackerRow(category, where, header.names(), keys, record);
                try {
                    LocalDateTime start = times.parse(header.get(record, "Time"));
                    if (start == null) {
                        throw new Refusal(header.get(record, "Time").isEmpty() ? RefusalReason.WHEN_MISSING
                                : RefusalReason.WHEN_NOT_BABY_TRACKER);
                    }
                    String baby = header.get(record, "Baby");
                    baby = baby.isEmpty() ? firstBaby : baby;
                    // No ids in the CSV: the category, baby and time define a row; a second row at the same
                    // minute is told apart by its place among them.
                    String key = "babytracker/csv/" + category + "/" + (baby == null ? "" : baby) + "/" + start;
                    int n = seen.merge(key, 1, Integer::sum);
                    for (SourceRow mapped : mapper.map(row, start, baby, n == 1 ? key : key + "#" + n)) {
                        rows.add(acrossDstChange(mapped, answers.zone()));
                    }
                } catch (Refusal e) {
                    refused.add(new RefusedRow(where, e));
                } catch (ArithmeticException | java.time.DateTimeException e) {
                    refused.add(new RefusedRow(where, RefusalReason.OUT_OF_RANGE));
                }
            }
        }
        return new SourceReading(List.copyOf(babies.values()), rows, refused);
    }
}
