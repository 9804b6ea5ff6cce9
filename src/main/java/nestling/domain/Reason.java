package nestling.domain;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * Why a record cannot be saved: one constant per rule, with its English text (a {@link MessageFormat}
 * pattern). The core reports a reason and its arguments, never finished text, so the window can say
 * it in its own language (bundle key {@link #key()}) while the CLI prints the English.
 */
public enum Reason {
    FEED_SIDES_NEGATIVE("Times per side cannot be negative."),
    FEED_LAST_SIDE("Say which side the feed ended on."),
    FEED_SIDES_LONGER("The time on both sides is longer than the whole feed."),
    BOTTLE_AMOUNT_MISSING("Give the amount."),
    BOTTLE_AMOUNT_NOT_POSITIVE("The amount must be more than 0."),
    BOTTLE_AMOUNT_TOO_LARGE("A bottle of more than 500 ml (16.9 fl oz) is not plausible."),
    SOLIDS_NO_FOOD("Name at least one food."),
    SOLIDS_ALLERGY_NOTE("Describe the possible allergic reaction."),
    PUMPING_SIDE_RANGE("The amount per side must be between 0 and 500 ml."),
    SLEEP_KIND("Say whether this was a nap or the night."),
    DIAPER_CONTENTS("Say whether the diaper was wet, dirty or dry."),
    DIAPER_DRY_AND_USED("A dry diaper cannot also be wet or dirty."),
    DIAPER_STOOL_WITHOUT_DIRTY("Stool colour and consistency go with a dirty diaper."),
    MEDICINE_NAME("Name the medicine."),
    MEDICINE_DOSE_MISSING("Give the dose."),
    MEDICINE_DOSE_NOT_POSITIVE("The dose must be more than 0."),
    MEDICINE_UNIT("Give the unit of the dose."),
    MEDICINE_INTERVAL_RANGE("The minimum interval must be between 1 minute and 7 days."),
    TEMPERATURE_MISSING("Give the temperature."),
    TEMPERATURE_RANGE("The temperature must be between 30 and 45 \u00b0C (86 and 113 \u00b0F)."),
    GROWTH_NOTHING("Give at least one of weight, length or head circumference."),
    GROWTH_WEIGHT_NOT_POSITIVE("The weight must be more than 0."),
    GROWTH_WEIGHT_TOO_LARGE("A weight over 35 kg (77 lb) is not plausible."),
    GROWTH_LENGTH_RANGE("The length must be between 20 and 130 cm (7.9 and 51.2 in)."),
    GROWTH_POSITION("Say whether the length was measured lying or standing."),
    GROWTH_HEAD_RANGE("The head circumference must be 20 to 65 cm (7.9 to 25.6 in)."),
    ACTIVITY_KIND("Say which activity."),
    ACTIVITY_OWN_MISSING("Pick one of your own activities."),
    ACTIVITY_SIZE_NOT_SPIT_UP("A size goes with spit-up only."),
    MILESTONE_TITLE("Give the milestone a title."),
    PHOTO_TOO_LARGE("The photo is too large; it must be downscaled first."),
    NOTE_TEXT("Write the note."),
    NOTE_TOO_LONG("A note can have at most 10,000 characters."),
    START_IN_FUTURE("The start is in the future."),
    END_MISSING("Give the end time."),
    END_NOT_ALLOWED("This kind of entry has a time, not an end."),
    END_BEFORE_START("The end is before the start."),
    END_IN_FUTURE("The end is in the future."),
    TOO_LONG("This lasts more than 48 hours; was a timer left running?"),
    SLEEP_OVERLAPS("This sleep overlaps another sleep of the same baby."),
    FEED_OVERLAPS("This feed overlaps another feed of the same baby."),
    BABY_NAME_MISSING("Give the baby a name."),
    NAME_TOO_LONG("The name can have at most 60 characters."),
    BABY_NAME_TAKEN("Another baby already has this name."),
    BIRTH_IN_FUTURE("The birth is in the future."),
    BABY_UNKNOWN("Pick a baby."),
    CAREGIVER_NAME_MISSING("Give the caregiver a name."),
    CAREGIVER_UNKNOWN("Pick a caregiver from the list."),
    EMAIL_INVALID("This does not look like an email address."),
    COLOUR_INVALID("The colour must look like #3a7bd5."),
    ACTIVITY_NAME_MISSING("Give the activity a name."),
    TIMER_ALREADY_RUNNING("A {0} timer is already running for this baby.");

    private final String english;

    Reason(String english) {
        this.english = english;
    }

    /** The resource bundle key of the window's text for this reason. */
    public String key() {
        return "reason." + name();
    }

    /** The English pattern ({0} … for the arguments). */
    public String english() {
        return english;
    }

    /** The English text with {@code arguments}; an enum argument reads as its lower-case name ("tummy time"). */
    public String english(Object... arguments) {
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = arguments[i] instanceof Enum<?> value
                    ? value.name().toLowerCase(Locale.ROOT).replace('_', ' ') : arguments[i];
        }
        return new MessageFormat(english, Locale.ENGLISH).format(shown);
    }
}
