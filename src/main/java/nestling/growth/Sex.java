package nestling.growth;

/** The sex a WHO table row belongs to; the tables code boys as 1 and girls as 2. */
public enum Sex {
    MALE(1),
    FEMALE(2);

    private final int whoCode;

    Sex(int whoCode) {
        this.whoCode = whoCode;
    }

    int whoCode() {
        return whoCode;
    }

    static Sex fromWhoCode(int code) {
        for (Sex sex : values()) {
            if (sex.whoCode == code) {
                return sex;
            }
        }
        throw new IllegalArgumentException("unknown WHO sex code " + code);
    }
}
