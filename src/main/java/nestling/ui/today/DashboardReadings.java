package nestling.ui.today;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.RunningTimer;
import nestling.domain.Side;
import nestling.domain.TimerKind;

/**
 * What a dashboard's cards read from its loaded {@link DashboardData} at its "now": times since the
 * last feed and diaper, the breast to offer next, a fever, asleep or awake, the running timers.
 * Nothing here writes; empty (or the default) while nothing is loaded.
 */
public final class DashboardReadings {
    private final ReadOnlyObjectProperty<DashboardData> data;
    private final ReadOnlyObjectProperty<Instant> now;

    DashboardReadings(ReadOnlyObjectProperty<DashboardData> data, ReadOnlyObjectProperty<Instant> now) {
        this.data = data;
        this.now = now;
    }

    /** Time since the last feed started; empty when none in the look-back window. */
    public Optional<Duration> sinceLastFeed() {
        DashboardData d = data.get();
        return d == null || d.lastFeed() == null ? Optional.empty() : Optional.of(since(d.lastFeed().start()));
    }

    public Optional<Duration> sinceLastDiaper() {
        DashboardData d = data.get();
        return d == null || d.lastDiaper() == null ? Optional.empty() : Optional.of(since(d.lastDiaper().start()));
    }

    /**
     * The breast to start the next feed on (the other one than the last feed started on, see
     * {@link EntryData.Breastfeeding#nextSide()}); LEFT when no breastfeed is known.
     */
    public Side nextSide() {
        DashboardData d = data.get();
        return d == null || d.nextSide() == null ? Side.LEFT : d.nextSide();
    }

    /** The next breast to show, or empty while a feed runs (then the parent picks and switches). */
    public Optional<Side> suggestedSide() {
        return timer(TimerKind.BREASTFEEDING).isPresent() ? Optional.empty() : Optional.of(nextSide());
    }

    /** The latest temperature when it means "call your doctor now" (a baby under 3 months, 38.0 °C or more). */
    public Optional<Entry> fever() {
        DashboardData d = data.get();
        return d == null ? Optional.empty() : Optional.ofNullable(d.fever());
    }

    /** Asleep (a sleep timer runs) or awake, and for how long; empty when awake and no sleep is known. */
    public Optional<SleepState> sleepState() {
        DashboardData d = data.get();
        if (d == null) {
            return Optional.empty();
        }
        Optional<RunningTimer> sleeping = timer(TimerKind.SLEEP);
        if (sleeping.isPresent()) {
            return Optional.of(new SleepState(true, since(sleeping.get().startedAt())));
        }
        return d.lastSleep() == null ? Optional.empty()
                : Optional.of(new SleepState(false, since(d.lastSleep().endOrStart())));
    }

    /** The running timer of a kind, if one runs for this baby. */
    public Optional<RunningTimer> timer(TimerKind kind) {
        DashboardData d = data.get();
        return d == null ? Optional.empty() : d.timers().stream().filter(t -> t.kind() == kind).findFirst();
    }

    /** A timer's running time so far (pauses excluded). */
    public Duration elapsed(RunningTimer timer) {
        Instant at = now.get();
        return timer.state().active(at.isBefore(timer.startedAt()) ? timer.startedAt() : at);
    }

    private Duration since(Instant instant) {
        Duration gap = Duration.between(instant, now.get());
        return gap.isNegative() ? Duration.ZERO : gap;
    }

    /** Asleep or awake, and since how long. */
    public record SleepState(boolean asleep, Duration length) {
    }
}
