package nestling.domain;

/** A baby's sex, as the WHO growth standards distinguish it (their tables differ for girls and boys). */
public enum Sex {
    MALE,
    FEMALE
}
