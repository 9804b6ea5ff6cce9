package nestling.ui.growth;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import nestling.domain.Baby;
import nestling.growth.ChildAge;
import nestling.growth.GrowthCalculator;
import nestling.growth.Indicator;
import nestling.growth.WhoStandards;
import nestling.insights.GrowthChart;
import nestling.insights.GrowthHistory;
import nestling.insights.GrowthPoint;
import nestling.store.Database;
import nestling.ui.common.UiContext;

/**
 * The growth screen: the baby's measurements scored against the WHO standards, one chart per
 * indicator, and the age basis. Corrected age is offered for a baby born before 37 weeks while
 * younger than 24 months, and is then the default; the parent can switch to chronological age.
 */
public final class GrowthViewModel {
    private final UiContext context;
    private final Database database;
    private final ObjectProperty<Baby> baby = new SimpleObjectProperty<>(this, "baby");
    private final ObjectProperty<ChildAge.AgeBasis> basis = new SimpleObjectProperty<>(this, "basis",
            ChildAge.AgeBasis.CHRONOLOGICAL);
    private final ReadOnlyBooleanWrapper correctionOffered = new ReadOnlyBooleanWrapper(this, "correctionOffered");
    private final ReadOnlyObjectWrapper<GrowthData> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReportSaver report;
    // Loaded once per screen, on the worker thread only.
    private WhoStandards standards;
    private long loads;

    public GrowthViewModel(UiContext context, Database database) {
        this.context = context;
        this.database = database;
        this.report = new ReportSaver(context, database);
        baby.subscribe(this::babyChanged);
        basis.subscribe(b -> reload());
    }

    private void babyChanged(Baby current) {
        boolean offered = current != null && offersCorrection(current, LocalDate.now(context.clock()));
        correctionOffered.set(offered);
        if (basis.get() == (offered ? ChildAge.AgeBasis.CORRECTED : ChildAge.AgeBasis.CHRONOLOGICAL)) {
            reload();
        } else {
            basis.set(offered ? ChildAge.AgeBasis.CORRECTED : ChildAge.AgeBasis.CHRONOLOGICAL);
        }
    }

    /** Born before 37 weeks and not yet 24 months old. */
    static boolean offersCorrection(Baby baby, LocalDate today) {
        return baby.gestationalAge().map(g -> g.isPreterm()).orElse(false) && !today.isBefore(baby.birthDate())
                && ChildAge.completedDays(baby.birthDate(), today) < ChildAge.CORRECT_UNTIL_DAYS;
    }

    public void reload() {
        long load = ++loads;
        Baby current = baby.get();
        ChildAge.AgeBasis wanted = basis.get();
        message.set("");
        if (current == null) {
            data.set(null);
            return;
        }
        if (current.sex() == null) {
            data.set(null);
            message.set(context.text("growth.noSex"));
            return;
        }
        LocalDate today = LocalDate.now(context.clock());
        context.tasks().run(() -> compute(current, today, wanted), loaded -> {
            if (load == loads) {
                data.set(loaded);
            }
        }, failure -> {
            if (load == loads) {
                message.set(context.text("growth.loadFailed"));
            }
        });
    }

    private GrowthData compute(Baby current, LocalDate today, ChildAge.AgeBasis wanted) {
        if (standards == null) {
            standards = WhoStandards.load();
        }
        List<GrowthPoint> points = new GrowthHistory(database, new GrowthCalculator(standards))
                .points(current, today, wanted);
        Map<Indicator, GrowthChart> charts = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            charts.put(indicator, GrowthChart.of(standards, current.sex(), indicator, points));
        }
        return new GrowthData(wanted, points, charts);
    }

    public void useCorrectedAge(boolean corrected) {
        basis.set(corrected && correctionOffered.get() ? ChildAge.AgeBasis.CORRECTED : ChildAge.AgeBasis.CHRONOLOGICAL);
    }

    /** The pediatrician's report (PDF) for the baby shown. */
    public ReportSaver report() {
        return report;
    }

    public ObjectProperty<Baby> babyProperty() {
        return baby;
    }

    public ReadOnlyObjectProperty<ChildAge.AgeBasis> basisProperty() {
        return basis;
    }

    public ReadOnlyBooleanProperty correctionOfferedProperty() {
        return correctionOffered.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GrowthData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
