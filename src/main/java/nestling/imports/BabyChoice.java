package nestling.imports;

import java.util.UUID;

/**
 * The parent's answer for one of the source's babies: its rows go to the Nestling baby {@code onto},
 * or (onto null, {@link #NEW}) to a new baby with the source's name. A source baby without an answer
 * is matched by name or added, as on the command line.
 */
public record BabyChoice(UUID onto) {
    public static final BabyChoice NEW = new BabyChoice(null);

    public static BabyChoice onto(UUID babyId) {
        return new BabyChoice(java.util.Objects.requireNonNull(babyId));
    }

    public boolean createsNew() {
        return onto == null;
    }
}
