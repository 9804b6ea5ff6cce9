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
import nestling.domain.FamilyDays;
import nestling.guidance.NextNapReading;
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
    private final Database database;
    private final Insights insights;
    private final ProtocolViewModel protocol;
    private final ObjectProperty<Baby> baby = new SimpleObjectProperty<>(this, "baby");
    private final ObjectProperty<Integer> days = new SimpleObjectProperty<>(this, "days", 7);
    private final ReadOnlyObjectWrapper<InsightsData> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private long loads;

    public InsightsViewModel(UiContext context, Database database) {
        this.context = context;
        this.database = database;
        this.insights = new Insights(database, context.clock().getZone());
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
        java.time.Instant now = context.clock().instant();
        int length = RANGES.contains(days.get()) ? days.get() : 7;
        context.tasks().run(() -> compute(current, now, length), loaded -> {
            if (load == loads) {
                data.set(loaded);
            }
        }, failure -> {
            if (load == loads) {
                message.set(context.text("insights.loadFailed"));
            }
        });
    }

    /** Today is the family's day {@code now} falls in (before their day-start hour, the one that began yesterday). */
    InsightsData compute(Baby baby, java.time.Instant now, int length) {
        UUID babyId = baby.meta().id();
        FamilyDays familyDays = insights.days();
        Insights counted = insights.withDayStart(familyDays.dayStart()); // one reading of the setting for all figures
        ChartSeries series = new ChartSeries(counted);
        LocalDate today = familyDays.dayOf(now);
        LocalDate from = today.minusDays(length - 1L);
        LocalDate yesterday = today.minusDays(1);
        return new InsightsData(familyDays, from, today, series.sleepPattern(babyId, from, today),
                series.feedingPattern(babyId, from, today), series.daily(babyId, from, today),
                series.temperatures(babyId, from, today), counted.trend(babyId, yesterday, 7),
                counted.trend(babyId, yesterday, 30), counted.firstDay(babyId).orElse(null),
                NextNapReading.wakeWindows(database, baby, familyDays, today));
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
