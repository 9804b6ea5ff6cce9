package nestling.ui.entry;

import nestling.domain.EntryType;
import nestling.domain.UnitSystem;

/** The form of each entry type, in the user's units. */
final class TypeForms {
    private TypeForms() {
    }

    static TypeForm of(EntryType type, UnitSystem units) {
        return switch (type) {
            case BREASTFEEDING -> FeedingForms.breastfeeding();
            case BOTTLE -> FeedingForms.bottle(units);
            case SOLIDS -> FeedingForms.solids();
            case PUMPING -> FeedingForms.pumping(units);
            case SLEEP -> CareForms.sleep();
            case DIAPER -> CareForms.diaper();
            case MEDICINE -> CareForms.medicine();
            case TEMPERATURE -> CareForms.temperature(units);
            case GROWTH -> RecordForms.growth(units);
            case ACTIVITY -> RecordForms.activity();
            case MILESTONE -> RecordForms.milestone();
            case NOTE -> RecordForms.note();
        };
    }
}
