package nestling.domain;

/** Where a sleep happened. */
public enum SleepPlace {
    CRIB, BASSINET, ARMS, STROLLER, CAR, BED
}
