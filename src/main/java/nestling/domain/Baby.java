package nestling.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * A baby. Birth is an instant plus the offset where it happened, so the birth date shown never moves
 * with the reader's zone. {@code gestation} (weeks+days at birth) drives corrected age; {@code photo}
 * holds already downscaled image bytes (the UI downscales; the core only stores them).
 */
public record Baby(Meta meta, String name, Instant birthAt, ZoneOffset birthOffset, Sex sex,
        GestationalAge gestation, byte[] photo, boolean archived) {
    public Baby {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(birthAt, "birthAt");
        Objects.requireNonNull(birthOffset, "birthOffset");
        photo = photo == null ? null : photo.clone();
    }

    public Optional<GestationalAge> gestationalAge() {
        return Optional.ofNullable(gestation);
    }

    @Override
    public byte[] photo() {
        return photo == null ? null : photo.clone();
    }

    public java.time.LocalDate birthDate() {
        return birthAt.atOffset(birthOffset).toLocalDate();
    }

    public Baby withArchived(boolean value, Instant now) {
        return new Baby(meta.touched(now), name, birthAt, birthOffset, sex, gestation, photo, value);
    }

    /** Largest photo the vault keeps; the UI downscales to fit before storing. */
    public static final int MAX_PHOTO_BYTES = 256 * 1024;

    /** Per-field problems of a new or edited baby; empty when it can be saved. */
    public Problems problems() {
        Problems problems = new Problems();
        if (name == null || name.isBlank()) {
            problems.add("name", Reason.BABY_NAME_MISSING);
        } else if (name.strip().length() > 60) {
            problems.add("name", Reason.NAME_TOO_LONG);
        }
        if (photo != null && photo.length > MAX_PHOTO_BYTES) {
            problems.add("photo", Reason.PHOTO_TOO_LARGE);
        }
        return problems;
    }
}
