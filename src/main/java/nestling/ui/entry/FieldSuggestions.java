package nestling.ui.entry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import javafx.beans.property.ObjectProperty;
import nestling.domain.Baby;
import nestling.domain.LengthPosition;
import nestling.domain.SleepKind;
import nestling.growth.ChildAge;
import nestling.growth.LengthRule;
import nestling.growth.Position;

/**
 * Choices a form makes for the parent until they make their own: a sleep's kind (nap or night) from
 * its start's time of day, a measurement's position (lying or standing) from the baby's age on the
 * entry's day. Each follows the start time and the baby until the parent picks one by hand.
 */
final class FieldSuggestions {
    private final ZoneId zone;
    private final TimeFieldModel start;
    private boolean sleepKindChosen;
    private boolean positionChosen;

    private FieldSuggestions(ZoneId zone, TimeFieldModel start) {
        this.zone = zone;
        this.start = start;
    }

    /** Suggests {@code kind} from the start's time of day (a nap by day, the night's sleep by night). */
    static void sleepKind(ZoneId zone, TimeFieldModel start, FormField kind) {
        FieldSuggestions suggestions = new FieldSuggestions(zone, start);
        kind.choiceProperty().addListener((o, was, now) -> suggestions.sleepKindChosen = true);
        suggestions.suggestSleepKind(kind);
        start.textProperty().addListener((o, was, now) -> suggestions.suggestSleepKind(kind));
    }

    /**
     * Suggests length lying under 2 years and height standing from then on, as the WHO standards
     * measure it, from the baby's age on the entry's day.
     */
    static void position(ZoneId zone, TimeFieldModel start, ObjectProperty<Baby> baby, FormField position) {
        FieldSuggestions suggestions = new FieldSuggestions(zone, start);
        position.choiceProperty().addListener((o, was, now) -> suggestions.positionChosen = true);
        suggestions.suggestPosition(baby.get(), position);
        start.textProperty().addListener((o, was, now) -> suggestions.suggestPosition(baby.get(), position));
        baby.addListener((o, was, now) -> suggestions.suggestPosition(now, position));
    }

    private void suggestSleepKind(FormField kind) {
        Instant at = start.resolve();
        if (!sleepKindChosen && at != null) {
            kind.choiceProperty().set(SleepKind.suggestedFor(LocalTime.ofInstant(at, zone)));
            sleepKindChosen = false; // set by the listener above, but this choice was ours
        }
    }

    private void suggestPosition(Baby chosen, FormField position) {
        Instant at = start.resolve();
        LocalDate day = at == null ? null : LocalDate.ofInstant(at, zone);
        if (!positionChosen && day != null && chosen != null && !day.isBefore(chosen.birthDate())) {
            int days = ChildAge.completedDays(chosen.birthDate(), day);
            position.choiceProperty().set(LengthRule.expectedPosition(days) == Position.STANDING
                    ? LengthPosition.STANDING : LengthPosition.LYING);
            positionChosen = false; // set by the listener above, but this choice was ours
        }
    }
}
