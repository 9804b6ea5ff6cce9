package nestling.bench;

import java.util.ArrayList;
import java.util.List;

/** A titled table of results, rendered as Markdown for the console and the report file. */
public final class ResultTable {
    private final String title;
    private final List<String> columns;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public ResultTable(String title, String... columns) {
        this.title = title;
        this.columns = List.of(columns);
    }

    public ResultTable row(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " cells, got " + cells.length);
        }
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(cell instanceof Double d ? String.format(java.util.Locale.ROOT, "%.1f", d) : String.valueOf(cell));
        }
        rows.add(row);
        return this;
    }

    public ResultTable note(String note) {
        notes.add(note);
        return this;
    }

    public String toMarkdown() {
        StringBuilder out = new StringBuilder("## ").append(title).append("\n\n");
        out.append("| ").append(String.join(" | ", columns)).append(" |\n");
        out.append("|").append("---|".repeat(columns.size())).append("\n");
        for (List<String> row : rows) {
            out.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        for (String note : notes) {
            out.append("\n").append(note).append("\n");
        }
        return out.toString();
    }
}
