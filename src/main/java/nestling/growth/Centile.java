package nestling.growth;

/** The centile lines the WHO charts draw, with their z-scores. */
public enum Centile {
    P3(-1.881),
    P15(-1.036),
    P50(0),
    P85(1.036),
    P97(1.881);

    private final double z;

    Centile(double z) {
        this.z = z;
    }

    public double z() {
        return z;
    }
}
