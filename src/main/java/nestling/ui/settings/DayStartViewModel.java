package nestling.ui.settings;

import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import nestling.domain.DayStart;
import nestling.journal.Journal;
import nestling.ui.common.UiContext;

/**
 * The hour the family's day starts (Today's totals, Insights, stats and the report count days from
 * it), kept in the vault with the other family settings; read and stored off the FX thread.
 */
public final class DayStartViewModel {
    /** What the screen offers: every whole hour from midnight to noon. */
    public static final List<DayStart> CHOICES = IntStream.rangeClosed(0, DayStart.LATEST_HOUR)
            .mapToObj(DayStart::new).toList();

    private final UiContext context;
    private final Journal journal;
    private final Runnable changed;
    private final ReadOnlyObjectWrapper<DayStart> dayStart = new ReadOnlyObjectWrapper<>(this, "dayStart");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    /** @param changed tells the other screens to count their days again */
    public DayStartViewModel(UiContext context, Journal journal, Runnable changed) {
        this.context = context;
        this.journal = journal;
        this.changed = changed;
        context.tasks().run(() -> journal.preferences().dayStart(), dayStart::set, failure -> { });
    }

    public void change(DayStart chosen) {
        if (chosen == null || chosen.equals(dayStart.get())) {
            return;
        }
        DayStart before = dayStart.get();
        dayStart.set(chosen);
        error.set("");
        context.tasks().run(() -> {
            journal.preferences().setDayStart(chosen);
            return null;
        }, done -> changed.run(), failure -> {
            dayStart.set(before);
            error.set(context.text("settings.dayStart.failed"));
        });
    }

    /** Null until read from the vault. */
    public ReadOnlyObjectProperty<DayStart> dayStartProperty() {
        return dayStart.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
