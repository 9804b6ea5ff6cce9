package nestling.growth;

/** The six bundled WHO tables: which file, what it is indexed by, and the unit of its values. */
public enum WhoTable {
    WEIGHT_FOR_AGE("weight-for-age", "weianthro.txt", Axis.AGE_DAYS, "kg"),
    LENGTH_HEIGHT_FOR_AGE("length/height-for-age", "lenanthro.txt", Axis.AGE_DAYS, "cm"),
    HEAD_CIRCUMFERENCE_FOR_AGE("head-circumference-for-age", "hcanthro.txt", Axis.AGE_DAYS, "cm"),
    BMI_FOR_AGE("BMI-for-age", "bmianthro.txt", Axis.AGE_DAYS, "kg/m²"),
    WEIGHT_FOR_LENGTH("weight-for-length", "wflanthro.txt", Axis.LENGTH_CM, "kg"),
    WEIGHT_FOR_HEIGHT("weight-for-height", "wfhanthro.txt", Axis.LENGTH_CM, "kg");

    /** What a table's rows are indexed by. */
    public enum Axis {
        /** Age in completed days, one row a day. */
        AGE_DAYS,
        /** Length or height in cm, one row every 0.1 cm. */
        LENGTH_CM
    }

    private final String label;
    private final String resource;
    private final Axis axis;
    private final String unit;

    WhoTable(String label, String resource, Axis axis, String unit) {
        this.label = label;
        this.resource = resource;
        this.axis = axis;
        this.unit = unit;
    }

    /** The WHO's name for the table, e.g. "weight-for-length". */
    public String label() {
        return label;
    }

    public Axis axis() {
        return axis;
    }

    /** The unit of the measurement the table describes (kg, cm, kg/m²). */
    public String unit() {
        return unit;
    }

    String resource() {
        return resource;
    }

    /** A row key as a value on the axis: a key is a day, or a tenth of a cm. */
    double keyToAxisValue(int key) {
        return axis == Axis.AGE_DAYS ? key : key / 10.0;
    }
}
