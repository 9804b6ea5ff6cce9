package nestling.imports.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {

    private static List<CsvReader.Record> read(String text) throws Exception {
        try (CsvReader csv = new CsvReader(new StringReader(text))) {
            List<CsvReader.Record> out = new ArrayList<>();
            for (CsvReader.Record r = csv.next(); r != null; r = csv.next()) {
                out.add(r);
            }
            return out;
        }
    }

    @Test
    void quotedFieldsHoldSeparatorsQuotesAndLineBreaksAndKeepTheirStartLine() throws Exception {
        var records = read("\uFEFFType,Notes\r\nFeed,\"left, then \"\"right\"\"\r\nslept after\"\r\nDiaper,\r\n");
        assertEquals(3, records.size());
        assertEquals(List.of("Type", "Notes"), records.get(0).fields(), "the BOM is not part of the first name");
        assertEquals(2, records.get(1).line());
        assertEquals("left, then \"right\"\nslept after", records.get(1).get(1));
        assertEquals(4, records.get(2).line(), "the note's line break counts as a line");
        assertEquals(List.of("Diaper", ""), records.get(2).fields());
    }

    @Test
    void lineEndingsOfEveryKindAndALastRecordWithoutOne() throws Exception {
        var records = read("a,b\rc,d\ne,f\r\n\r\n\ng,\"h\"");
        assertEquals(List.of("a", "b"), records.get(0).fields());
        assertEquals(List.of("c", "d"), records.get(1).fields());
        assertEquals(List.of("e", "f"), records.get(2).fields());
        assertEquals(List.of("g", "h"), records.get(3).fields());
        assertEquals(6, records.get(3).line(), "blank lines are skipped but counted");
        assertEquals("", records.get(0).get(7), "a missing trailing field reads as empty");
    }

    @Test
    void emptyFieldsAndEmptyQuotedFields() throws Exception {
        var records = read(",,\"\",\n");
        assertEquals(List.of("", "", "", ""), records.get(0).fields());
        assertTrue(read("").isEmpty());
        assertTrue(read("\uFEFF\r\n").isEmpty());
    }

    @Test
    void malformedQuotingNamesTheLineNotTheContent() {
        var open = assertThrows(CsvFormatException.class, () -> read("a,b\nc,\"secret note\n"));
        assertEquals(2, open.line());
        assertTrue(!open.getMessage().contains("secret"));
        var after = assertThrows(CsvFormatException.class, () -> read("a\n\"x\"y,z\n"));
        assertEquals(2, after.line());
        assertThrows(CsvFormatException.class, () -> read("a\nx\"y\n"));
    }

    @Test
    void anotherSeparator() throws Exception {
        try (CsvReader csv = new CsvReader(new StringReader("a;\"b;c\"\n"), ';')) {
            assertEquals(List.of("a", "b;c"), csv.next().fields());
            assertNull(csv.next());
        }
    }

    @Test
    void filesAreStrictUtf8(@TempDir Path dir) throws IOException, CsvFormatException {
        Path good = dir.resolve("good.csv");
        Files.writeString(good, "\uFEFFName\r\nZoë\r\n");
        assertEquals("Zoë", CsvReader.readAll(good).get(1).get(0));
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, new byte[] {'N', '\n', 'Z', 'o', (byte) 0xEB, '\n'});
        assertThrows(CharacterCodingException.class, () -> CsvReader.readAll(latin1));
    }

    @Test
    void headerLooksUpColumnsByNameWhateverTheirCaseAndPlace() throws Exception {
        var records = read("Type, Start ,Caregiver,Notes\nFeed,2024-01-01 08:00,Sam, hi \n");
        CsvHeader header = CsvHeader.of(records.get(0));
        assertTrue(header.hasAll(List.of("type", "START", "notes")));
        assertEquals("2024-01-01 08:00", header.get(records.get(1), "start"));
        assertEquals("hi", header.get(records.get(1), "Notes"));
        assertEquals("", header.get(records.get(1), "End"));
    }
}
