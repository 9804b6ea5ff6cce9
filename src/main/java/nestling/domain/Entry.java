package nestling.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One logged event of one baby: when it started (and ended, for timed types) as UTC instants plus
 * the offset at logging time, and its type's own fields. {@code end} is null for instant events.
 */
public record Entry(Meta meta, UUID babyId, Instant start, Instant end, ZoneOffset offset, EntryData data) {
    public Entry {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(babyId, "babyId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(offset, "offset");
        Objects.requireNonNull(data, "data");
    }

    public UUID id() {
        return meta.id();
    }

    public EntryType type() {
        return data.type();
    }

    public Optional<Duration> duration() {
        return end == null ? Optional.empty() : Optional.of(Duration.between(start, end));
    }

    /** The end, or the start for an instant event: the last moment the entry covers. */
    public Instant endOrStart() {
        return end == null ? start : end;
    }

    /** The start as the clock on the wall showed it when it was logged. */
    public OffsetDateTime localStart() {
        return start.atOffset(offset);
    }

    /** For medicine with a minimum interval: the earliest time of the next dose. */
    public Optional<Instant> nextDoseFrom() {
        if (data instanceof EntryData.Medicine medicine && medicine.minIntervalMinutes() != null) {
            return Optional.of(start.plus(Duration.ofMinutes(medicine.minIntervalMinutes())));
        }
        return Optional.empty();
    }

    public Entry withMeta(Meta newMeta) {
        return new Entry(newMeta, babyId, start, end, offset, data);
    }

    public Entry withTimes(Instant newStart, Instant newEnd, ZoneOffset newOffset) {
        return new Entry(meta, babyId, newStart, newEnd, newOffset, data);
    }

    public Entry withData(EntryData newData) {
        return new Entry(meta, babyId, start, end, offset, newData);
    }

    /** Whether the two entries share some time (touching ends do not overlap). */
    public boolean overlaps(Entry other) {
        return start.isBefore(other.endOrStart()) && other.start.isBefore(endOrStart());
    }
}
