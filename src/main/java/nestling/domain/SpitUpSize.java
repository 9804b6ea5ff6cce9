package nestling.domain;

/** How much came back up. */
public enum SpitUpSize {
    SMALL, MEDIUM, LARGE
}
