package nestling.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * {@code nestling log TYPE [options]}: one subcommand per entry type. They are not in the
 * annotation: picocli would build the model of all twelve (their options and mixins, by reflection)
 * for every {@code nestling log}, while a script's {@code nestling log note ...} needs one (issue 20);
 * {@link #addTypes} picks what the words need.
 */
@Command(name = "log", mixinStandardHelpOptions = true,
        description = {"Log an entry. Times without an offset are local time.",
            "Example: nestling log bottle --baby Ada --at 2026-11-20T09:00 --ml 120 --passphrase-stdin"})
final class LogCommand {
    /** The entry types' subcommands, in the order {@code nestling log --help} lists them. */
    static final List<Class<? extends LogEntryCommand>> TYPES = List.of(LogBreastfeedingCommand.class,
            LogBottleCommand.class, LogSolidsCommand.class, LogPumpingCommand.class, LogSleepCommand.class,
            LogDiaperCommand.class, LogMedicineCommand.class, LogTemperatureCommand.class, LogGrowthCommand.class,
            LogActivityCommand.class, LogMilestoneCommand.class, LogNoteCommand.class);

    /**
     * Each type's subcommand by the name its {@code @Command} gives it (RootCommandTest checks they
     * agree): finding the one a command line names reads no annotation.
     */
    static final Map<String, Class<? extends LogEntryCommand>> BY_NAME = Map.ofEntries(
            Map.entry("breastfeeding", LogBreastfeedingCommand.class), Map.entry("bottle", LogBottleCommand.class),
            Map.entry("solids", LogSolidsCommand.class), Map.entry("pumping", LogPumpingCommand.class),
            Map.entry("sleep", LogSleepCommand.class), Map.entry("diaper", LogDiaperCommand.class),
            Map.entry("medicine", LogMedicineCommand.class), Map.entry("temperature", LogTemperatureCommand.class),
            Map.entry("growth", LogGrowthCommand.class), Map.entry("activity", LogActivityCommand.class),
            Map.entry("milestone", LogMilestoneCommand.class), Map.entry("note", LogNoteCommand.class));

    /**
     * {@code nestling log TYPE ...} as scripts write it, run with {@code log} as picocli's top command:
     * the model of {@code nestling} itself (its options, the help mixin, the converters), a third of
     * the command's picocli time, is not built (issue 20). Only when the words parse cleanly and ask
     * for no help or version; otherwise null, and the caller runs the whole tree, so every usage
     * message, error and suggestion is picocli's as before. Nothing is read or run before that choice.
     */
    static Integer runAlone(String[] args, CommandLine.IFactory factory, Console console) {
        if (args.length < 2 || !args[0].equals("log") || !BY_NAME.containsKey(args[1])) {
            return null;
        }
        String[] words = Arrays.copyOfRange(args, 1, args.length);
        CommandLine log = new CommandLine(new LogCommand(), factory);
        addTypes(log, List.of(words));
        try {
            ParseResult parsed = log.parseArgs(words);
            ParseResult type = parsed.subcommand();
            if (parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested() || type == null
                    || type.isUsageHelpRequested() || type.isVersionHelpRequested()) {
                return null;
            }
        } catch (ParameterException e) {
            return null;
        }
        log.setOut(console.out());
        log.setErr(console.err());
        log.setExecutionExceptionHandler(new ExitCodes());
        return log.execute(words);
    }

    /** {@code log} with every type's subcommand, for a batch (one parser for lines of every type). */
    static CommandLine withEveryType(CommandLine log) {
        for (Class<? extends LogEntryCommand> type : TYPES) {
            log.addSubcommand(type);
        }
        return log;
    }

    /**
     * Adds to {@code log} the types the words after {@code log} need: only the one they start with
     * when it names one (the way scripts call it); every one otherwise ({@code --help}, no type, a
     * mistyped one: picocli's usage and its "did you mean" suggestions need them all).
     */
    static void addTypes(CommandLine log, List<String> wordsAfterLog) {
        Class<? extends LogEntryCommand> named = wordsAfterLog.isEmpty() ? null : BY_NAME.get(wordsAfterLog.getFirst());
        if (named == null) {
            withEveryType(log);
        } else {
            log.addSubcommand(named);
        }
    }
}
