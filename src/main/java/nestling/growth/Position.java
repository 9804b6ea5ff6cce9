package nestling.growth;

/** How a length was measured: lying down (recumbent length) or standing (height). */
public enum Position {
    RECUMBENT,
    STANDING
}
