package nestling.imports;

/**
 * What a refusal is about when one reason fits many values ("the weight is not a number"): a word the
 * window says in its own language (bundle key {@link #key()}), the CLI in English.
 */
public enum RefusalSubject {
    START("the start"),
    END("the end"),
    WEIGHT("the weight"),
    LENGTH("the length"),
    HEIGHT("the height"),
    HEAD_CIRCUMFERENCE("the head circumference"),
    HEAD_SIZE("the head size"),
    DOSE("the dose"),
    TEMPERATURE("the temperature"),
    AMOUNT("the amount"),
    BOTTLE_AMOUNT("the bottle's amount"),
    PUMPED_AMOUNT("the pumped amount"),
    BREAST_MILK_AMOUNT("the breast milk amount"),
    FORMULA_AMOUNT("the formula amount"),
    LEFT_AMOUNT("the left amount"),
    RIGHT_AMOUNT("the right amount"),
    TOTAL_AMOUNT("the total amount");

    private final String english;

    RefusalSubject(String english) {
        this.english = english;
    }

    public String key() {
        return "import.subject." + name();
    }

    public String english() {
        return english;
    }

    @Override
    public String toString() {
        return english;
    }
}
