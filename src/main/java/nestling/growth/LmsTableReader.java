package nestling.growth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nestling.domain.Sex;

/**
 * Reads one bundled WHO table (tab-separated: sex, index, l, m, s[, loh]). The files ship inside
 * the app, so anything unexpected in them is a packaging bug and fails loudly.
 */
final class LmsTableReader {
    private LmsTableReader() {
    }

    static LmsTable read(WhoTable table) {
        try (InputStream in = LmsTableReader.class.getResourceAsStream("who/" + table.resource())) {
            if (in == null) {
                throw new IllegalStateException("WHO table missing from the app: " + table.resource());
            }
            return parse(table, new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LmsTable parse(WhoTable table, BufferedReader reader) throws IOException {
        Map<Sex, Integer> firstKeys = new EnumMap<>(Sex.class);
        Map<Sex, List<Lms>> rows = new EnumMap<>(Sex.class);
        reader.readLine(); // the header
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.strip().split("\t");
            Sex sex = whoSex(Integer.parseInt(fields[0]));
            int key = key(table, fields[1]);
            List<Lms> list = rows.computeIfAbsent(sex, s -> new ArrayList<>());
            int expected = firstKeys.computeIfAbsent(sex, s -> key) + list.size();
            if (key != expected) {
                throw new IllegalStateException(table.resource() + ": expected row " + expected + ", found " + key);
            }
            list.add(new Lms(Double.parseDouble(fields[2]), Double.parseDouble(fields[3]),
                    Double.parseDouble(fields[4])));
        }
        Map<Sex, LmsTable.Rows> bySex = new EnumMap<>(Sex.class);
        for (Sex sex : Sex.values()) {
            if (!rows.containsKey(sex)) {
                throw new IllegalStateException(table.resource() + ": no rows for " + sex);
            }
            bySex.put(sex, new LmsTable.Rows(firstKeys.get(sex), rows.get(sex).toArray(Lms[]::new)));
        }
        return new LmsTable(table, bySex);
    }

    // Lengths are read as decimals so that "45.1" becomes key 451 exactly, not 450.99999.
    private static int key(WhoTable table, String field) {
        BigDecimal value = new BigDecimal(field);
        return table.axis() == WhoTable.Axis.AGE_DAYS
                ? value.intValueExact()
                : value.movePointRight(1).intValueExact();
    }

    /** The WHO tables code boys as 1 and girls as 2. */
    static Sex whoSex(int code) {
        return switch (code) {
            case 1 -> Sex.MALE;
            case 2 -> Sex.FEMALE;
            default -> throw new IllegalArgumentException("unknown WHO sex code " + code);
        };
    }
}
