package nestling.ui.insights;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import nestling.domain.Baby;
import nestling.insights.Insights;
import nestling.insights.Protocol;
import nestling.insights.ProtocolDay;
import nestling.store.Database;
import nestling.ui.common.UiContext;

/**
 * The 24-hour protocol section of Insights: two weeks of rows ending with today, or with an earlier
 * day the parent paged back to. Loaded on the background worker; a late answer for another baby or
 * fortnight is dropped.
 */
public final class ProtocolViewModel {
    private final UiContext context;
    private final Protocol protocol;
    private final ObjectProperty<Baby> baby = new SimpleObjectProperty<>(this, "baby");
    private final ReadOnlyObjectWrapper<LocalDate> lastDay = new ReadOnlyObjectWrapper<>(this, "lastDay");
    private final ReadOnlyObjectWrapper<List<ProtocolDay>> days = new ReadOnlyObjectWrapper<>(this, "days", List.of());
    private final ReadOnlyBooleanWrapper latest = new ReadOnlyBooleanWrapper(this, "latest", true);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private long loads;

    public ProtocolViewModel(UiContext context, Database database) {
        this.context = context;
        this.protocol = new Protocol(new Insights(database, context.clock().getZone()));
        baby.subscribe(b -> {
            lastDay.set(null);
            reload();
        });
    }

    /** Two weeks further back. */
    public void earlier() {
        lastDay.set(shownLastDay().minusDays(Protocol.DAYS_PER_PAGE));
        reload();
    }

    /** Two weeks forward, never past today. */
    public void later() {
        LocalDate next = shownLastDay().plusDays(Protocol.DAYS_PER_PAGE);
        lastDay.set(next.isBefore(today()) ? next : null);
        reload();
    }

    public void reload() {
        long load = ++loads;
        Baby current = baby.get();
        message.set("");
        LocalDate last = shownLastDay();
        latest.set(!last.isBefore(today()));
        if (current == null) {
            days.set(List.of());
            return;
        }
        LocalDate first = last.minusDays(Protocol.DAYS_PER_PAGE - 1L);
        // a sleep whose timer still runs is drawn up to this load (Insights reloads after every change)
        java.time.Instant now = context.clock().instant();
        context.tasks().run(() -> protocol.days(current.meta().id(), first, last, now), loaded -> {
            if (load == loads) {
                days.set(loaded);
            }
        }, failure -> {
            if (load == loads) {
                message.set(context.text("insights.loadFailed"));
            }
        });
    }

    private LocalDate today() {
        return LocalDate.now(context.clock());
    }

    private LocalDate shownLastDay() {
        return lastDay.get() == null ? today() : lastDay.get();
    }

    public ObjectProperty<Baby> babyProperty() {
        return baby;
    }

    /** The rows shown, oldest first; empty while nothing is loaded. */
    public ReadOnlyObjectProperty<List<ProtocolDay>> daysProperty() {
        return days.getReadOnlyProperty();
    }

    /** True while the fortnight shown ends today (nothing later to page to). */
    public ReadOnlyBooleanProperty latestProperty() {
        return latest.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
