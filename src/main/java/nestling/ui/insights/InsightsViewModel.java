package nestling.ui.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import nestling.domain.Baby;
import nestling.insights.ChartSeries;
import nestling.insights.Insights;
import nestling.store.Database;
import nestling.ui.common.UiContext;

/**
 * The insights screen: a range of 7, 30 or 90 days ending today, the chart series for it, and the
 * 7- and 30-day averages with their trends (ending yesterday, the last full day).
 */
public final class InsightsViewModel {
    /** The ranges a parent can pick, in days. */
    public static final List<Integer> RANGES = List.of(7, 30, 90);

    private final UiContext context;
    private final Insights insights;
    private final ChartSeries series;
    private final ProtocolViewModel protocol;
    private final ObjectProperty<Baby> baby = new SimpleObjectProperty<>(this, "baby");
    private final ObjectProperty<Integer> days = new SimpleObjectProperty<>(this, "days", 7);
    private final ReadOnlyObjectWrapper<InsightsData> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private long loads;

    public InsightsViewModel(UiContext context, Database database) {
        this.context = context;
        this.insights = new Insights(database, context.clock().getZone());
        this.series = new ChartSeries(insights);
        this.protocol = new ProtocolViewModel(context, database);
        baby.subscribe(b -> {
            reload();
            protocol.babyProperty().set(b);
        });
        days.subscribe(d -> reload());
    }

    /** Reloads the charts and the protocol section (after a change elsewhere). */
    public void reloadAll() {
        reload();
        protocol.reload();
    }

    public void reload() {
        long load = ++loads;
        Baby current = baby.get();
        message.set("");
        if (current == null) {
            data.set(null);
            return;
        }
        LocalDate today = LocalDate.now(context.clock());
        int length = RANGES.contains(days.get()) ? days.get() : 7;
        context.tasks().run(() -> compute(current.meta().id(), today, length), loaded -> {
            if (load == loads) {
                data.set(loaded);
            }
        }, failure -> {
            if (load == loads) {
                message.set(context.text("insights.loadFailed"));
            }
        });
    }

    InsightsData compute(UUID babyId, LocalDate today, int length) {
        LocalDate from = today.minusDays(length - 1L);
        LocalDate yesterday = today.minusDays(1);
        return new InsightsData(from, today, series.sleepPattern(babyId, from, today),
                series.feedingPattern(babyId, from, today), series.daily(babyId, from, today),
                series.temperatures(babyId, from, today), insights.trend(babyId, yesterday, 7),
                insights.trend(babyId, yesterday, 30), insights.firstDay(babyId).orElse(null));
    }

    /** The 24-hour protocol section, following the same baby. */
    public ProtocolViewModel protocol() {
        return protocol;
    }

    public ObjectProperty<Baby> babyProperty() {
        return baby;
    }

    /** The range in days: 7, 30 or 90. */
    public ObjectProperty<Integer> daysProperty() {
        return days;
    }

    public ReadOnlyObjectProperty<InsightsData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
