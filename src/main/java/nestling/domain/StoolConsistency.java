package nestling.domain;

/** Stool consistency. */
public enum StoolConsistency {
    WATERY, LOOSE, SEEDY, SOFT, FORMED, HARD
}
