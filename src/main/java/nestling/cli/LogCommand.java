package nestling.cli;

import picocli.CommandLine.Command;

/** {@code nestling log TYPE [options]}: one subcommand per entry type. */
@Command(name = "log", mixinStandardHelpOptions = true,
        description = {"Log an entry. Times without an offset are local time.",
            "Example: nestling log bottle --baby Ada --at 2026-11-20T09:00 --ml 120 --passphrase-stdin"},
        subcommands = {LogBreastfeedingCommand.class, LogBottleCommand.class, LogSolidsCommand.class,
            LogPumpingCommand.class, LogSleepCommand.class, LogDiaperCommand.class, LogMedicineCommand.class,
            LogTemperatureCommand.class, LogGrowthCommand.class, LogActivityCommand.class, LogMilestoneCommand.class,
            LogNoteCommand.class})
final class LogCommand {
}
