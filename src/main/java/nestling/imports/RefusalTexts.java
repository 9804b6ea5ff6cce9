package nestling.imports;

import java.time.Duration;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.Problem;
import nestling.domain.Units;

/**
 * A row Nestling's own rules refuse, as a {@link RefusedRow}: what the row claims and why Nestling will
 * not take it ("a bottle of 5,000 ml is not plausible"). Numbers the rule is about are arguments (they
 * are what makes the row implausible); notes and names never are. Any other rule is the domain's own
 * {@link Problem}, which the window words as it words a form's.
 */
final class RefusalTexts {
    private RefusalTexts() {
    }

    static RefusedRow of(SourceLine where, Entry entry, Problem problem) {
        EntryType type = entry.type();
        return switch (problem.reason()) {
            case BOTTLE_AMOUNT_TOO_LARGE -> new RefusedRow(where, RefusalReason.BOTTLE_TOO_LARGE,
                    ((EntryData.Bottle) entry.data()).ml(), EntryData.Bottle.MAX_ML);
            case PUMPING_SIDE_RANGE -> new RefusedRow(where, RefusalReason.PUMPED_TOO_LARGE, EntryData.Bottle.MAX_ML);
            case GROWTH_WEIGHT_TOO_LARGE -> new RefusedRow(where, RefusalReason.WEIGHT_TOO_LARGE,
                    Units.kg(((EntryData.Growth) entry.data()).grams()));
            case TEMPERATURE_RANGE -> {
                Integer deci = ((EntryData.Temperature) entry.data()).deciCelsius();
                yield deci == null ? new RefusedRow(where, RefusalReason.TEMPERATURE_MISSING)
                        : new RefusedRow(where, RefusalReason.TEMPERATURE_IMPLAUSIBLE, Units.celsius(deci));
            }
            case TOO_LONG -> new RefusedRow(where, RefusalReason.TOO_LONG, type,
                    entry.duration().map(Duration::toHours).orElse(0L));
            case START_IN_FUTURE -> new RefusedRow(where, RefusalReason.STARTS_IN_FUTURE, type);
            case END_IN_FUTURE -> new RefusedRow(where, RefusalReason.ENDS_IN_FUTURE, type);
            case END_BEFORE_START -> new RefusedRow(where, RefusalReason.ENDS_BEFORE_START, type);
            case END_MISSING -> type == EntryType.SLEEP ? new RefusedRow(where, RefusalReason.SLEEP_NO_END)
                    : new RefusedRow(where, RefusalReason.NO_END, type);
            default -> new RefusedRow(where, RefusalReason.ENTRY_RULE, problem);
        };
    }
}
