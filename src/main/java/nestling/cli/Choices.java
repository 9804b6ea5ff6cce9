package nestling.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Enum values on the command line, written in lower case with hyphens: {@code breast-milk}, {@code spit-up}. */
final class Choices {
    private Choices() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String option, String text) {
        if (text == null) {
            return null;
        }
        String wanted = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(wanted)) {
                return value;
            }
        }
        throw new CliFailure(ExitCodes.USAGE, "unknown " + option + " '" + text + "': use one of " + list(type));
    }

    static <E extends Enum<E>> String list(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Choices::name).collect(Collectors.joining(", "));
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
