package nestling.imports.csv;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader for other apps' exports: fields separated by commas, quoted with double quotes
 * (a doubled quote inside stands for one), quoted fields may hold commas and line breaks; records end with
 * CRLF, LF or a lone CR; a UTF-8 byte-order mark before the first field is skipped; a last record without a
 * line break is still a record; blank lines are skipped (exports end with one, and they carry nothing).
 *
 * <p>Each record knows the physical line it starts on (the header is line 1), so a refusal can say "line 212"
 * even after a note that spans three lines. Malformed quoting (text after a closing quote, a quote that never
 * closes) throws {@link CsvFormatException} with the line, never the content.
 *
 * <p>Use: {@code try (CsvReader csv = CsvReader.open(path)) { List<String> header = csv.next().fields(); ... }}
 * or {@link #readAll(Path)} for a whole small file.
 */
public final class CsvReader implements AutoCloseable {

    /** One record: its fields (never null; an empty field is "") and the line it starts on. */
    public record Record(int line, List<String> fields) {
        public Record {
            fields = List.copyOf(fields);
        }

        /** The field at {@code index}, or "" when the record is shorter (exports drop trailing empty fields). */
        public String get(int index) {
            return index < fields.size() ? fields.get(index) : "";
        }

        public int size() {
            return fields.size();
        }
    }

    private static final int EOF = -1;

    private final Reader in;
    private final char separator;
    private int line = 1;
    private int pushedBack = Integer.MIN_VALUE;
    private final char[] buffer = new char[1 << 14];
    private int position;
    private int filled;
    private boolean first = true;

    /** Reads records from {@code in} separated by commas; the caller closes it (or this reader). */
    public CsvReader(Reader in) {
        this(in, ',');
    }

    /** Reads records separated by {@code separator} (some exports use ';' or a tab). */
    public CsvReader(Reader in, char separator) {
        if (separator == '"' || separator == '\r' || separator == '\n') {
            throw new IllegalArgumentException("a separator cannot be a quote or a line break");
        }
        this.in = in;
        this.separator = separator;
    }

    /**
     * Opens {@code file} as strict UTF-8: bytes that are not UTF-8 fail the read (as a
     * {@link CharacterCodingException}, an IOException) rather than becoming replacement characters.
     */
    public static CsvReader open(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new CsvReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder));
    }

    /** Every record of {@code file}, header included. */
    public static List<Record> readAll(Path file) throws IOException, CsvFormatException {
        try (CsvReader csv = open(file)) {
            List<Record> records = new ArrayList<>();
            for (Record r = csv.next(); r != null; r = csv.next()) {
                records.add(r);
            }
            return records;
        }
    }

    /** The next record, or null at the end of the input. */
    public Record next() throws IOException, CsvFormatException {
        int c = read();
        if (first) {
            first = false;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        // Blank lines carry nothing.
        while (c == '\r' || c == '\n') {
            endLine(c);
            c = read();
        }
        if (c == EOF) {
            return null;
        }
        int startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            if (c == '"' && field.isEmpty()) {
                c = readQuoted(field, startLine);
            } else {
                while (c != separator && c != '\r' && c != '\n' && c != EOF) {
                    if (c == '"') {
                        throw new CsvFormatException(line, "a quote in the middle of an unquoted field");
                    }
                    field.append((char) c);
                    c = read();
                }
            }
            fields.add(field.toString());
            field.setLength(0);
            if (c == separator) {
                c = read();
                continue;
            }
            if (c == '\r' || c == '\n') {
                endLine(c);
            }
            return new Record(startLine, fields);
        }
    }

    /** Reads a quoted field's content after its opening quote; returns the character after the closing quote. */
    private int readQuoted(StringBuilder field, int startLine) throws IOException, CsvFormatException {
        while (true) {
            int c = read();
            if (c == EOF) {
                throw new CsvFormatException(startLine, "a quoted field that never closes");
            }
            if (c == '"') {
                int after = read();
                if (after == '"') {
                    field.append('"');
                    continue;
                }
                if (after != separator && after != '\r' && after != '\n' && after != EOF) {
                    throw new CsvFormatException(line, "text after a closing quote");
                }
                return after;
            }
            if (c == '\r' || c == '\n') {
                // Keep the note's line break as written by a person: one '\n' whatever the file used.
                field.append('\n');
                endLine(c);
                continue;
            }
            field.append((char) c);
        }
    }

    /** Counts one line break, swallowing the LF of a CRLF. */
    private void endLine(int c) throws IOException {
        line++;
        if (c == '\r') {
            int next = read();
            if (next != '\n') {
                pushedBack = next;
            }
        }
    }

    private int read() throws IOException {
        if (pushedBack != Integer.MIN_VALUE) {
            int c = pushedBack;
            pushedBack = Integer.MIN_VALUE;
            return c;
        }
        if (position == filled) {
            // our own buffer: a Reader's read() per character takes a lock each time
            filled = in.read(buffer, 0, buffer.length);
            position = 0;
            if (filled <= 0) {
                filled = 0;
                return EOF;
            }
        }
        return buffer[position++];
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
