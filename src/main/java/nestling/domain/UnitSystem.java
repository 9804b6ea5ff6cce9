package nestling.domain;

/** The units a parent reads and types; the database always holds metric canonical units. */
public enum UnitSystem {
    METRIC, IMPERIAL
}
