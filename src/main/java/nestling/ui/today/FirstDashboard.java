package nestling.ui.today;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Today's first dashboard after an unlock. It is read on the worker while the FX thread builds the
 * shell (issue 20: the two took turns before), so it may arrive a moment after Today was built; the
 * window shows the shell only once it is in, so Today is still drawn once, filled. FX thread only.
 */
public final class FirstDashboard {
    private final UUID babyId;
    private final List<Consumer<DashboardData>> waiting = new ArrayList<>();
    private boolean arrived;
    private DashboardData data;

    private FirstDashboard(UUID babyId) {
        this.babyId = Objects.requireNonNull(babyId);
    }

    /** One still being read; {@link #arrive} brings it. */
    public static FirstDashboard pending(UUID babyId) {
        return new FirstDashboard(babyId);
    }

    /** One read already. */
    public static FirstDashboard of(DashboardData data) {
        FirstDashboard first = new FirstDashboard(data.babyId());
        first.arrive(data);
        return first;
    }

    /** The baby it is the dashboard of. */
    public UUID babyId() {
        return babyId;
    }

    public boolean arrived() {
        return arrived;
    }

    /**
     * The read is done: {@code read} is the dashboard, or null when reading it failed (then the one
     * who waits loads it itself). Whoever waits is told now, in the order they asked; once only.
     */
    public void arrive(DashboardData read) {
        if (arrived) {
            throw new IllegalStateException("the first dashboard arrived already");
        }
        if (read != null && !read.babyId().equals(babyId)) {
            throw new IllegalArgumentException("another baby's dashboard");
        }
        arrived = true;
        data = read;
        List<Consumer<DashboardData>> told = List.copyOf(waiting);
        waiting.clear();
        told.forEach(then -> then.accept(read));
    }

    /** Calls {@code then} with the dashboard (null if its read failed): now if it is in, else when it arrives. */
    public void whenArrived(Consumer<DashboardData> then) {
        Objects.requireNonNull(then);
        if (arrived) {
            then.accept(data);
        } else {
            waiting.add(then);
        }
    }
}
