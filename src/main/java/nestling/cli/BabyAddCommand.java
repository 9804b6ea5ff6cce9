package nestling.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nestling.domain.Baby;
import nestling.domain.GestationalAge;
import nestling.domain.Sex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code nestling baby add --name Ada --birth 2026-09-01 --sex F [--gestation 36+4]}. */
@Command(name = "add", mixinStandardHelpOptions = true, description = "Add a baby.")
final class BabyAddCommand implements Callable<Integer> {
    private static final Pattern GESTATION = Pattern.compile("(\\d{2})(?:\\+(\\d))?");

    @Mixin
    VaultDirectory vault;

    @Mixin
    PassphraseSource passphrases;

    @Option(names = "--name", required = true, description = "The baby's name.")
    String name;

    @Option(names = "--birth", required = true, paramLabel = "DATE[THH:MM]",
            description = "Birth date, optionally with the time (local time).")
    String birth;

    @Option(names = "--sex", paramLabel = "F|M", description = "F (girl) or M (boy), for the WHO growth charts.")
    String sex;

    @Option(names = "--gestation", paramLabel = "WEEKS+DAYS", description = "Gestational age at birth, e.g. 36+4.")
    String gestation;

    private final Console console;

    BabyAddCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        Sex parsedSex = sex();
        GestationalAge parsedGestation = gestation();
        try (OpenJournal open = OpenJournal.open(console, vault, passphrases)) {
            if (open.journal.family().babyNamed(name).isPresent()) {
                throw new CliFailure(ExitCodes.NOT_FOUND_OR_EXISTS, "another baby already has this name: see nestling baby list");
            }
            Instant birthAt = birthAt(open.zone);
            Baby baby = open.journal.family().addBaby(name, birthAt, open.zone.getRules().getOffset(birthAt), parsedSex,
                    parsedGestation);
            open.save();
            console.out().println("Added " + baby.name() + " (id " + baby.meta().id() + ").");
        }
        return ExitCodes.OK;
    }

    private Instant birthAt(ZoneId zone) {
        try {
            return LocalDate.parse(birth.strip()).atStartOfDay(zone).toInstant();
        } catch (java.time.format.DateTimeParseException dateOnlyFailed) {
            return CliTime.instant("--birth", birth, zone);
        }
    }

    private Sex sex() {
        if (sex == null) {
            return null;
        }
        return switch (sex.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "F" -> Sex.FEMALE;
            case "M" -> Sex.MALE;
            default -> throw new CliFailure(ExitCodes.USAGE, "unknown --sex '" + sex + "': use F (girl) or M (boy)");
        };
    }

    private GestationalAge gestation() {
        if (gestation == null) {
            return null;
        }
        Matcher matcher = GESTATION.matcher(gestation.strip());
        try {
            if (matcher.matches()) {
                return new GestationalAge(Integer.parseInt(matcher.group(1)),
                        matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2)));
            }
        } catch (IllegalArgumentException outOfRange) {
            // reported below with the accepted form
        }
        throw new CliFailure(ExitCodes.USAGE, "--gestation must be weeks+days from 20+0 to 45+6, e.g. 36+4");
    }
}
