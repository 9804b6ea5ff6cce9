package nestling.domain;

/** Built-in activities, and {@link #CUSTOM} for a user-defined {@link ActivityType}. */
public enum ActivityKind {
    TUMMY_TIME, BATH, READING, PLAY, OUTDOORS, SPIT_UP, CRYING, CUSTOM
}
