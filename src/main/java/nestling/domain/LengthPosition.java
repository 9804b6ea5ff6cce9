package nestling.domain;

/** How a length was measured: lying down (length) or standing (height). */
public enum LengthPosition {
    LYING, STANDING
}
