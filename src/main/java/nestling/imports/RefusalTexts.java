package nestling.imports;

import java.text.NumberFormat;
import java.time.Duration;
import java.util.Locale;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.Problem;
import nestling.domain.Units;

/**
 * A refused row's reason as a parent reads it: what the row claims and why Nestling will not take it
 * ("a bottle of 5,000 ml is not plausible"). Numbers the rule is about may be named (they are what
 * makes the row implausible); notes and names never are. Other rules read as their own English.
 */
final class RefusalTexts {
    private RefusalTexts() {
    }

    static String of(Entry entry, Problem problem) {
        NumberFormat numbers = NumberFormat.getNumberInstance(Locale.ENGLISH);
        String what = entry.type().wireName();
        return switch (problem.reason()) {
            case BOTTLE_AMOUNT_TOO_LARGE -> "a bottle of " + numbers.format(((EntryData.Bottle) entry.data()).ml())
                    + " ml is not plausible (at most " + EntryData.Bottle.MAX_ML + " ml)";
            case PUMPING_SIDE_RANGE -> "a pumped amount per side over " + EntryData.Bottle.MAX_ML + " ml is not plausible";
            case GROWTH_WEIGHT_TOO_LARGE -> "a weight of " + Units.kg(((EntryData.Growth) entry.data()).grams())
                    .stripTrailingZeros().toPlainString() + " kg is not plausible";
            case TEMPERATURE_RANGE -> "a temperature of " + celsius(((EntryData.Temperature) entry.data()).deciCelsius())
                    + " \u00b0C is not plausible (30 to 45 \u00b0C)";
            case TOO_LONG -> "a " + what + " of " + entry.duration().map(Duration::toHours).orElse(0L)
                    + " hours is not plausible (at most 48); was a timer left running?";
            case START_IN_FUTURE -> "this " + what + " starts in the future";
            case END_IN_FUTURE -> "this " + what + " ends in the future";
            case END_BEFORE_START -> "this " + what + " ends before it starts";
            case END_MISSING -> entry.type() == EntryType.SLEEP ? "this sleep has no end (still running when exported?)"
                    : "this " + what + " has no end";
            default -> sentence(problem.english());
        };
    }

    private static String celsius(Integer deciCelsius) {
        return deciCelsius == null ? "?" : Units.celsius(deciCelsius).stripTrailingZeros().toPlainString();
    }

    /** "Give the amount." as the tail of "line 4: give the amount". */
    private static String sentence(String english) {
        String text = english.endsWith(".") ? english.substring(0, english.length() - 1) : english;
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
