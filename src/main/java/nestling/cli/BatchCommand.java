package nestling.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nestling batch --passphrase-stdin [--keep-going] [--json]}: many {@code nestling log}
 * lines in one unlock and one save. Standard input holds the passphrase line, then one log command a
 * line (see {@link LogLineParser}); blank lines and lines starting with {@code #} are passed over.
 * All lines are applied in one database write, so the batch is saved once and reported, line by
 * line, only after that save is on disk. A bad line refuses the whole batch (nothing is written)
 * naming its line number; with {@code --keep-going} it is skipped instead and the rest saved.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Log many entries with one unlock and one save.",
            "Standard input: the passphrase line, then one entry a line, written as after",
            "'nestling log' (diaper --baby Ada --at 2026-11-20T08:15 --wet) or as JSON",
            "({\"type\":\"diaper\",\"baby\":\"Ada\",\"wet\":true}). Lines are reported once saved.",
            "A bad line refuses the whole batch (nothing is saved), naming its number.",
            "Exit code: 0 when every line was logged; else that of the first bad line."})
final class BatchCommand implements Callable<Integer> {
    @Mixin
    VaultDirectory vault;

    @Mixin
    PassphraseSource passphrases;

    @Option(names = "--keep-going", description = "Skip bad lines (each is named on stderr) and save the others.")
    boolean keepGoing;

    @Option(names = "--json", description = "Report each line as JSON: {\"line\":N,\"logged\":{…}} or {\"line\":N,\"skipped\":[…]}.")
    boolean json;

    private final Console console;

    BatchCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        try (OpenJournal open = OpenJournal.open(console, vault, passphrases)) {
            List<String> lines = readLines();
            LogLineParser parser = new LogLineParser(console);
            BatchReport report = new BatchReport(json);
            open.atomically(() -> {
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    int number = i + 1;
                    try {
                        // Each line its own nested write: a skipped line leaves nothing (not even a --by caregiver).
                        report.logged(number, open.atomically(() -> parser.parse(line).logInto(open)));
                    } catch (RuntimeException e) {
                        ExitCodes.Failure failure = ExitCodes.describe(e);
                        if (!keepGoing) {
                            // Thrown out of the outer write: it rolls back, nothing of the batch is saved.
                            throw new CliFailure(failure.exitCode(), "line " + number + ": "
                                    + String.join("; ", failure.messages())
                                    + ". Nothing was logged: fix the line and run the whole batch again"
                                    + " (or give --keep-going to skip bad lines).");
                        }
                        report.skipped(number, failure);
                    }
                }
                return null;
            });
            open.save();
            // Only now, with everything on disk, is any line acknowledged.
            report.print(console);
            return report.exitCode();
        }
    }

    private List<String> readLines() {
        // The passphrase line has been read byte by byte (PassphraseSource), so this reader starts after it.
        BufferedReader reader = new BufferedReader(new InputStreamReader(console.in(), StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new CliFailure(ExitCodes.USAGE, "could not read the batch's lines: " + e.getClass().getSimpleName());
        }
        return lines;
    }
}
