package nestling.domain;

/** What a running timer measures; one of each kind may run per baby (one per custom activity type). */
public enum TimerKind {
    BREASTFEEDING, SLEEP, PUMPING, TUMMY_TIME, CUSTOM
}
