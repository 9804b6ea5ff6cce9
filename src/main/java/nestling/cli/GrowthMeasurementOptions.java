package nestling.cli;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import nestling.domain.Sex;
import nestling.growth.ChildAge;
import nestling.growth.LengthMeasurement;
import nestling.growth.Measurements;
import nestling.growth.Position;
import picocli.CommandLine.Option;

/**
 * The measurements of {@code nestling growth} given on the command line. Kept apart from the
 * command so that a second source (stored measurements of {@code --baby B}, read from the vault)
 * can sit beside it. Every mistake is a usage error that names the option.
 */
final class GrowthMeasurementOptions {
    @Option(names = "--sex", paramLabel = "F|M", description = "F (girl) or M (boy).")
    private String sex;

    @Option(names = "--age-days", paramLabel = "N", description = "Age in completed days.")
    private Integer ageDays;

    @Option(names = "--birth", paramLabel = "DATE", description = "Birth date (yyyy-mm-dd), with --date.")
    private LocalDate birth;

    @Option(names = "--date", paramLabel = "DATE", description = "Date of the measurement (yyyy-mm-dd), with --birth.")
    private LocalDate date;

    @Option(names = "--weight-kg", paramLabel = "X", description = "Weight in kg.")
    private Double weightKg;

    @Option(names = "--length-cm", paramLabel = "X", description = "Length in cm, measured lying down.")
    private Double lengthCm;

    @Option(names = "--height-cm", paramLabel = "X", description = "Height in cm, measured standing.")
    private Double heightCm;

    @Option(names = "--head-cm", paramLabel = "X", description = "Head circumference in cm.")
    private Double headCm;

    /** True when none of these options was given (the {@code --baby} form takes no measurements). */
    boolean isEmpty() {
        return sex == null && ageDays == null && birth == null && date == null && weightKg == null
                && lengthCm == null && heightCm == null && headCm == null;
    }

    Measurements toMeasurements() {
        if (weightKg == null && lengthCm == null && heightCm == null && headCm == null) {
            throw usage("give at least one measurement: --weight-kg, --length-cm, --height-cm or --head-cm");
        }
        if (lengthCm != null && heightCm != null) {
            throw usage("give either --length-cm (lying) or --height-cm (standing), not both");
        }
        return new Measurements(sex(), ageDays(), positive("--weight-kg", weightKg), length(),
                positive("--head-cm", headCm));
    }

    private Sex sex() {
        if (sex == null) {
            throw usage("--sex is required: F (girl) or M (boy)");
        }
        return switch (sex.strip().toUpperCase(Locale.ROOT)) {
            case "F" -> Sex.FEMALE;
            case "M" -> Sex.MALE;
            default -> throw usage("unknown --sex '" + sex + "': use F (girl) or M (boy)");
        };
    }

    private int ageDays() {
        boolean fromDates = birth != null || date != null;
        if (ageDays != null && fromDates) {
            throw usage("give the age either as --age-days or as --birth and --date, not both");
        }
        if (ageDays == null && !fromDates) {
            throw usage("give the age: --age-days N, or --birth DATE --date DATE");
        }
        if (ageDays != null) {
            if (ageDays < 0) {
                throw usage("--age-days must be 0 or more, got " + ageDays);
            }
            return ageDays;
        }
        if (birth == null || date == null) {
            throw usage("--birth and --date go together");
        }
        if (date.isBefore(birth)) {
            throw usage("--date " + date + " is before --birth " + birth);
        }
        return ChildAge.completedDays(birth, date);
    }

    private Optional<LengthMeasurement> length() {
        if (lengthCm != null) {
            return Optional.of(new LengthMeasurement(positive("--length-cm", lengthCm).getAsDouble(), Position.RECUMBENT));
        }
        if (heightCm != null) {
            return Optional.of(new LengthMeasurement(positive("--height-cm", heightCm).getAsDouble(), Position.STANDING));
        }
        return Optional.empty();
    }

    private static OptionalDouble positive(String option, Double value) {
        if (value == null) {
            return OptionalDouble.empty();
        }
        if (!(value > 0) || value.isInfinite()) {
            throw usage(option + " must be a positive number, got " + value);
        }
        return OptionalDouble.of(value);
    }

    private static CliFailure usage(String message) {
        return new CliFailure(ExitCodes.USAGE, message);
    }
}
