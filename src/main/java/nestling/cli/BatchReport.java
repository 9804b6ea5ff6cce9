package nestling.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code nestling batch} says about each line, collected while the lines are applied and
 * printed only once the batch is saved: "line N: Logged …" on stdout, a skipped line on stderr (or
 * one JSON object a line on stdout with {@code --json}), then a summary when lines were skipped.
 */
final class BatchReport {
    private final boolean json;
    private final List<String> out = new ArrayList<>();
    private final List<String> err = new ArrayList<>();
    private final List<Integer> skippedLines = new ArrayList<>();
    private int logged;
    private int exitCode = ExitCodes.OK;
    private JsonMapper mapper;

    BatchReport(boolean json) {
        this.json = json;
    }

    void logged(int line, EntryView view) {
        logged++;
        out.add(json ? "{\"line\":" + line + ",\"logged\":" + view.json() + "}"
                : "line " + line + ": Logged " + view.plainLine() + "  (id " + view.entry().id() + ")");
    }

    void skipped(int line, ExitCodes.Failure failure) {
        if (skippedLines.isEmpty()) {
            exitCode = failure.exitCode();
        }
        skippedLines.add(line);
        if (json) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("line", line);
            row.put("skipped", failure.messages());
            out.add(mapper().writeValueAsString(row));
        } else {
            err.add("nestling: line " + line + " skipped: " + String.join("; ", failure.messages()));
        }
    }

    int exitCode() {
        return exitCode;
    }

    void print(Console console) {
        out.forEach(console.out()::println);
        console.out().flush();
        err.forEach(console.err()::println);
        if (!skippedLines.isEmpty()) {
            console.err().println("nestling: logged " + logged + " entries; skipped " + skippedLines.size()
                    + (skippedLines.size() == 1 ? " line: " : " lines: ") + joined(skippedLines) + ".");
        }
        console.err().flush();
    }

    private static String joined(List<Integer> numbers) {
        StringBuilder text = new StringBuilder();
        for (Integer number : numbers) {
            text.append(text.isEmpty() ? "" : ", ").append(number);
        }
        return text.toString();
    }

    private JsonMapper mapper() {
        if (mapper == null) {
            mapper = JsonMapper.builder().build();
        }
        return mapper;
    }
}
