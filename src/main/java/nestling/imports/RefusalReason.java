package nestling.imports;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * Why a row of another app's export is not imported: one constant per reason, with its English text
 * (a {@link MessageFormat} pattern whose arguments are numbers, a {@link RefusalSubject}, an
 * {@link nestling.domain.EntryType}, a column name of the file, or the domain's own
 * {@link nestling.domain.Problem}). The core keeps the reason and its arguments; the command line
 * prints the English, the window its own language (bundle key {@link #key()}). Never a row's content.
 */
public enum RefusalReason {
    // the file's shape
    COLUMN_COUNT("the row has {0,number,integer} columns, the header {1,number,integer} (a comma outside quotes?)"),
    ROW_EMPTY("the row is empty"),
    NO_TYPE("the row has no type"),
    NO_START("the row has no start time"),
    NO_CHILD("the row does not say which child it is about"),
    CHILD_NO_NAME("the child has no name"),
    OUT_OF_RANGE("a value is out of any plausible range (a number or date far too large)"),
    // times
    TIME_NOT_HUCKLEBERRY("{0} time is not a date and time such as 2024-03-10 14:05"),
    TIME_NOT_NARA("{0} time is not a time Nara Baby writes"),
    TIME_MISSING("{0} time is missing"),
    TIME_NOT_BABY_BUDDY("{0} time is not a date and time Baby Buddy writes"),
    WHEN_MISSING("the time is missing"),
    WHEN_NOT_BABY_BUDDY("the time is not a date and time Baby Buddy writes"),
    WHEN_NOT_BABY_TRACKER("the time is not a date and time Baby Tracker writes"),
    DATE_MISSING("the date is missing"),
    DATE_NOT_BABY_BUDDY("the date is not a date Baby Buddy writes"),
    DURATION_NOT_SECONDS("a duration is not a number of seconds"),
    DURATION_NOT_MINUTES("a duration is not a number of minutes"),
    // values
    CANNOT_BE_READ("{0} cannot be read"),
    NO_UNIT_GIVEN("{0} has no unit: choose metric or US units to import it"),
    BABY_BUDDY_NO_UNIT("Baby Buddy stores {0} without a unit: choose metric or US units to import it"),
    NOT_A_NUMBER("{0} is not a number"),
    UNKNOWN_UNIT("{0} has a unit Nestling does not know"),
    MISSING("{0} is missing"),
    YES_OR_NO("the {0} column is neither yes (1) nor no (0)"),
    // kinds of rows
    BOTTLE_NO_AMOUNT("a bottle without an amount cannot be imported"),
    PUMPING_NO_AMOUNT("a pumping session without an amount cannot be imported"),
    BREASTFEED_SIDES_UNREADABLE("a breastfeed''s time per side is not written as minutes and L or R"),
    BREASTFEED_NO_TIME("a breastfeed without a time on either side"),
    NURSING_NO_TIME("a nursing session without any time on either side cannot be imported"),
    DIAPER_NOT_HUCKLEBERRY("a diaper that is neither pee, poo, both nor dry"),
    DIAPER_NOT_NARA("a diaper that is neither wet, dirty nor dry"),
    DIAPER_NOT_BABY_TRACKER("the diaper status is not one Baby Tracker writes"),
    TEMPERATURE_MISSING("the temperature is missing"),
    GROWTH_EMPTY("the growth row has no weight, length or head circumference"),
    MEDICINE_NO_NAME("the medicine has no name"),
    MEDICINE_NO_DOSE("Nestling needs a medicine''s dose in ml, mg, drops, tablets or puffs; this row has no dose"),
    MEDICINE_OTHER_UNIT("Nestling needs a medicine''s dose in ml, mg, drops, tablets or puffs; this row has another unit"),
    NOTE_EMPTY("the note is empty"),
    FEEDING_METHOD("the feeding method is not one Baby Buddy writes"),
    FEEDING_TYPE("the feeding type is not one Baby Buddy writes"),
    BMI("Nestling works BMI out from weight and height; it does not import it on its own"),
    UNKNOWN_RECORD("Nestling has no entry for this kind of Baby Buddy record"),
    // Nestling's own rules for an entry ({@link RefusalTexts})
    BOTTLE_TOO_LARGE("a bottle of {0,number,integer} ml is not plausible (at most {1,number,integer} ml)"),
    PUMPED_TOO_LARGE("a pumped amount per side over {0,number,integer} ml is not plausible"),
    WEIGHT_TOO_LARGE("a weight of {0,number,#.###} kg is not plausible"),
    TEMPERATURE_IMPLAUSIBLE("a temperature of {0,number,#.#} \u00b0C is not plausible (30 to 45 \u00b0C)"),
    TOO_LONG("a {0} of {1,number,integer} hours is not plausible (at most 48); was a timer left running?"),
    STARTS_IN_FUTURE("this {0} starts in the future"),
    ENDS_IN_FUTURE("this {0} ends in the future"),
    ENDS_BEFORE_START("this {0} ends before it starts"),
    SLEEP_NO_END("this sleep has no end (still running when exported?)"),
    NO_END("this {0} has no end"),
    /** The row's local date, then the birth date of the Nestling baby it goes to (both {@link java.time.LocalDate}). */
    BEFORE_BIRTH("the row is dated {0}, before the baby''s birth date {1}"),
    /** Any other rule of the domain: the argument is its {@link nestling.domain.Problem}. */
    ENTRY_RULE("{0}");

    private final String english;

    RefusalReason(String english) {
        this.english = english;
    }

    public String key() {
        return "import.refusal." + name();
    }

    /** The English pattern, as messages.properties has it too. */
    public String english() {
        return english;
    }

    /** The reason in English with its arguments (an entry type by its wire name, a rule by its own English). */
    public String english(Object... arguments) {
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = switch (arguments[i]) {
                case nestling.domain.EntryType type -> type.wireName();
                case nestling.domain.Problem problem -> sentence(problem.english());
                case null -> "?";
                default -> arguments[i];
            };
        }
        return new MessageFormat(english, Locale.ENGLISH).format(shown);
    }

    /** "Give the amount." as the tail of "line 4: give the amount". */
    private static String sentence(String english) {
        String text = english.endsWith(".") ? english.substring(0, english.length() - 1) : english;
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
