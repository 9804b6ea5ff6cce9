package nestling.ui.settings;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import nestling.domain.UnitSystem;
import nestling.journal.Journal;
import nestling.ui.common.UiContext;

/** Metric or imperial: what the screens show and accept (the vault always keeps metric). */
public final class UnitsViewModel {
    private final UiContext context;
    private final Journal journal;
    private final Runnable changed;
    private final ReadOnlyObjectWrapper<UnitSystem> units = new ReadOnlyObjectWrapper<>(this, "units");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public UnitsViewModel(UiContext context, Journal journal, Runnable changed) {
        this.context = context;
        this.journal = journal;
        this.changed = changed;
        context.tasks().run(() -> journal.preferences().units(), units::set, failure -> { });
    }

    public void change(UnitSystem chosen) {
        if (chosen == null || chosen == units.get()) {
            return;
        }
        UnitSystem before = units.get();
        units.set(chosen);
        context.tasks().run(() -> {
            journal.preferences().setUnits(chosen);
            return null;
        }, done -> changed.run(), failure -> {
            units.set(before);
            error.set(context.text("settings.units.failed"));
        });
    }

    /** Null until read from the vault. */
    public ReadOnlyObjectProperty<UnitSystem> unitsProperty() {
        return units.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
