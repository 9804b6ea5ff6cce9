package nestling.domain;

/** The unit a medicine dose is measured in. */
public enum DoseUnit {
    ML, MG, DROPS, TABLETS, PUFFS
}
