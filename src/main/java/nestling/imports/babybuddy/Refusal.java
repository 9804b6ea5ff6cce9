package nestling.imports.babybuddy;

import nestling.imports.RefusalReason;
import nestling.imports.RowRefusal;

/** A row that cannot be carried, with its reason; never the row's content. */
final class Refusal extends RowRefusal {
    Refusal(RefusalReason code, Object... arguments) {
        super(code, arguments);
    }
}
