package nestling.domain;

/** What a bottle held. */
public enum BottleContent {
    BREAST_MILK, FORMULA, MIXED, OTHER
}
