package nestling.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What every stored record carries so two laptops can merge exactly: a UUID, when it was created and
 * last changed, who created it (a caregiver id, null if unknown) and a deleted tombstone.
 */
public record Meta(UUID id, Instant createdAt, Instant updatedAt, UUID createdBy, boolean deleted) {
    public Meta {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static Meta fresh(Instant now, UUID createdBy) {
        return new Meta(UUID.randomUUID(), now, now, createdBy, false);
    }

    public Meta touched(Instant now) {
        return new Meta(id, createdAt, now, createdBy, deleted);
    }

    public Meta withDeleted(boolean tombstone, Instant now) {
        return new Meta(id, createdAt, now, createdBy, tombstone);
    }
}
