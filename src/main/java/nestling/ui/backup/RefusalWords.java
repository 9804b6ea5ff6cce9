package nestling.ui.backup;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ResourceBundle;
import nestling.domain.EntryType;
import nestling.domain.Problem;
import nestling.imports.RefusalSubject;
import nestling.imports.RefusedRow;
import nestling.ui.common.Formats;
import nestling.ui.common.ReasonTexts;

/**
 * A refused row's reason in the window's language: its {@link nestling.imports.RefusalReason} text
 * ({@code import.refusal.NAME}) filled with its arguments, each worded in that language too (a value
 * by {@code import.subject.NAME}, an entry type by its name, a domain rule as the forms word it, a date
 * as the window writes dates).
 */
final class RefusalWords {
    private RefusalWords() {
    }

    static String of(ResourceBundle bundle, RefusedRow row) {
        if (!bundle.containsKey(row.code().key())) {
            return row.reason();
        }
        Object[] arguments = row.arguments().stream().map(argument -> word(bundle, argument)).toArray();
        return new MessageFormat(bundle.getString(row.code().key()), Formats.locale(bundle)).format(arguments);
    }

    private static Object word(ResourceBundle bundle, Object argument) {
        return switch (argument) {
            case RefusalSubject subject -> bundle.getString(subject.key());
            case EntryType type -> bundle.getString("entry.type." + type.wireName());
            case Problem problem -> withoutFullStop(ReasonTexts.text(bundle, problem));
            case LocalDate date -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(Formats.locale(bundle)).format(date);
            default -> argument;
        };
    }

    /** "Give the amount." as the tail of "line 4: Give the amount". */
    private static String withoutFullStop(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
