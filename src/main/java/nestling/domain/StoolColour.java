package nestling.domain;

/** Stool colour, as the pediatrician's charts name them. */
public enum StoolColour {
    YELLOW, GREEN, BROWN, BLACK, RED, WHITE
}
