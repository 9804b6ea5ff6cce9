package nestling.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one line of {@code nestling batch} as a {@code nestling log} command, with the log
 * subcommands' own picocli parsing (so a batch line means exactly what the command line means).
 * A line is either the words of {@code nestling log TYPE …} (the leading {@code nestling log} may be
 * left out) or a JSON object whose {@code "type"} is the entry type and whose other fields are the
 * options by their long names: {@code {"type":"diaper","at":"2026-11-20T08:15","wet":true}}
 * (true turns a flag on, an array repeats its option).
 *
 * <p>One parser serves every line: picocli resets each option to its initial value before parsing
 * into a command, so nothing carries over from the line before.
 */
final class LogLineParser {
    private final CommandLine log;
    private JsonMapper json;

    LogLineParser(Console console) {
        // A log line never opens the window: only `open` takes the opener, and it is no log command.
        log = LogCommand.withEveryType(new CommandLine(new LogCommand(), new CommandFactory(console, vault -> {
            throw new IllegalStateException("a batch line cannot open the window");
        })));
    }

    /** The log command {@code line} describes, its options set; a {@link CliFailure} says what is wrong. */
    LogEntryCommand parse(String line) {
        String text = line.strip();
        List<String> words = new ArrayList<>(text.startsWith("{") ? fromJson(text) : LogLineWords.split(text));
        if (!words.isEmpty() && words.getFirst().equals("nestling")) {
            words.removeFirst();
        }
        if (!words.isEmpty() && words.getFirst().equals("log")) {
            words.removeFirst();
        }
        ParseResult parsed;
        try {
            parsed = log.parseArgs(words.toArray(String[]::new));
        } catch (ParameterException e) {
            throw new CliFailure(ExitCodes.USAGE, e.getMessage());
        }
        ParseResult typed = parsed.subcommand();
        if (typed == null || !(typed.commandSpec().userObject() instanceof LogEntryCommand command)) {
            throw new CliFailure(ExitCodes.USAGE, "a line starts with the entry type, e.g. diaper --wet; types: "
                    + String.join(", ", log.getSubcommands().keySet()));
        }
        if (parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested() || typed.isUsageHelpRequested()
                || typed.isVersionHelpRequested()) {
            throw new CliFailure(ExitCodes.USAGE, "--help and --version are not entries: see nestling log "
                    + typed.commandSpec().name() + " --help");
        }
        if (command.vault.fromFlag != null || command.passphrases.fromStdin || command.passphrases.file != null
                || command.options.json) {
            throw new CliFailure(ExitCodes.USAGE, "--vault, the passphrase and --json are the batch's own options:"
                    + " give them to nestling batch, not on a line");
        }
        return command;
    }

    private List<String> fromJson(String text) {
        if (json == null) {
            json = JsonMapper.builder().build();
        }
        JsonNode object;
        try {
            object = json.readTree(text);
        } catch (JacksonException e) {
            throw new CliFailure(ExitCodes.USAGE, "not a JSON object (" + e.getOriginalMessage() + ")");
        }
        JsonNode type = object.get("type");
        if (!object.isObject() || type == null || !type.isString()) {
            throw new CliFailure(ExitCodes.USAGE, "a JSON line needs \"type\", the entry type, e.g. {\"type\":\"diaper\"}");
        }
        List<String> words = new ArrayList<>(List.of(type.asString()));
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            if (!field.getKey().equals("type")) {
                addOption(words, "--" + field.getKey(), field.getValue());
            }
        }
        return words;
    }

    private static void addOption(List<String> words, String option, JsonNode value) {
        if (value.isArray()) {
            for (JsonNode element : value) {
                addOption(words, option, element);
            }
        } else if (value.isBoolean()) {
            if (value.asBoolean()) {
                words.add(option);
            }
        } else if (value.isString() || value.isNumber()) {
            words.add(option);
            words.add(value.asString());
        } else if (!value.isNull()) {
            throw new CliFailure(ExitCodes.USAGE, option + " takes a string, number, true or a list of them");
        }
    }
}
