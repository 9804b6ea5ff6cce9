package nestling.domain;

/** A breast. The next feed starts on the other side than the one the last feed ended on. */
public enum Side {
    LEFT, RIGHT;

    public Side other() {
        return this == LEFT ? RIGHT : LEFT;
    }
}
