package nestling.imports.babytracker;

/** A row that cannot be carried, with the reason a parent reads; never the row's content. */
final class Refusal extends Exception {
    Refusal(String reason) {
        super(reason, null, false, false);
    }
}
