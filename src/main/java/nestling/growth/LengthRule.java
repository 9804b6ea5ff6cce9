package nestling.growth;

/**
 * The WHO's length/height convention. The standards use recumbent length under 2 years (under 731
 * days) and standing height from then on; standing height is on average 0.7 cm less than length,
 * so a measurement taken the "wrong" way is shifted by 0.7 cm before it meets the tables.
 */
public final class LengthRule {
    /** From this age in completed days the standards expect standing height. */
    public static final int STANDING_FROM_DAYS = 731;
    static final double STANDING_DIFFERENCE_CM = 0.7;

    private LengthRule() {
    }

    /** The position the standards expect at this age. */
    public static Position expectedPosition(int ageDays) {
        return ageDays < STANDING_FROM_DAYS ? Position.RECUMBENT : Position.STANDING;
    }

    /** The length or height in cm as the standards expect it at this age. */
    public static double adjustedCm(int ageDays, double cm, Position measured) {
        Position expected = expectedPosition(ageDays);
        if (measured == expected) {
            return cm;
        }
        return expected == Position.RECUMBENT ? cm + STANDING_DIFFERENCE_CM : cm - STANDING_DIFFERENCE_CM;
    }
}
