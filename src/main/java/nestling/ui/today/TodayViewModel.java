package nestling.ui.today;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Subscription;
import nestling.domain.Baby;
import nestling.ui.shell.ShellViewModel;

/**
 * The Today screen: the dashboard of the current baby, or two side by side for twins, or "Add your
 * baby" while there is none. Follows the shell's current baby and reloads when another screen
 * changed data ({@code revision}).
 */
public final class TodayViewModel {
    private final ShellViewModel shell;
    private final DashboardLoader loader;
    private final ObservableList<DashboardViewModel> dashboards = FXCollections.observableArrayList();
    private final BooleanProperty sideBySide = new SimpleBooleanProperty(this, "sideBySide");
    private final BooleanBinding twins;
    private final BooleanBinding noBaby;
    private final AddBabyViewModel addBaby;
    private Subscription subscriptions;

    public TodayViewModel(ShellViewModel shell) {
        this.shell = shell;
        this.loader = new DashboardLoader(shell.journal(), shell.session().database());
        this.twins = Bindings.size(shell.babies()).greaterThanOrEqualTo(2);
        this.noBaby = shell.babiesLoadedProperty().and(Bindings.isEmpty(shell.babies()));
        this.addBaby = new AddBabyViewModel(shell.context(), shell.journal(), shell::refreshBabies);
        Runnable rebuild = this::rebuild;
        subscriptions = shell.currentBabyProperty().subscribe(b -> rebuild.run())
                .and(sideBySide.subscribe(s -> rebuild.run()))
                // on a change only: the dashboards made just now load (or take the unlock's) already
                .and(shell.revisionProperty().subscribe((was, now) -> reload()));
        shell.babies().addListener(babiesChanged);
    }

    private final javafx.collections.ListChangeListener<Baby> babiesChanged = change -> rebuild();

    /** Stops following the shell (the screen was left). */
    public void dispose() {
        subscriptions.unsubscribe();
        subscriptions = Subscription.EMPTY;
        shell.babies().removeListener(babiesChanged);
    }

    private void rebuild() {
        Baby current = shell.currentBabyProperty().get();
        List<Baby> shown = new ArrayList<>();
        if (current != null) {
            shown.add(current);
            if (sideBySide.get()) {
                shell.babies().stream().filter(b -> !b.meta().id().equals(current.meta().id())).findFirst()
                        .ifPresent(shown::add);
                // Side by side, the columns keep the babies' order (as in Settings): Ctrl+2 makes the
                // other twin current without swapping the columns under the parent's eyes.
                shown.sort(java.util.Comparator.comparingInt(this::order));
            }
        }
        List<Baby> before = dashboards.stream().map(DashboardViewModel::baby).toList();
        if (before.equals(shown)) {
            markCurrent(current);
            return;
        }
        // A baby still shown keeps its dashboard, and with it the Undo of what was just logged.
        List<DashboardViewModel> kept = new ArrayList<>();
        List<DashboardViewModel> fresh = new ArrayList<>();
        for (Baby baby : shown) {
            DashboardViewModel model = dashboards.stream().filter(d -> d.baby().equals(baby)).findFirst()
                    .orElse(null);
            if (model == null) {
                model = new DashboardViewModel(shell.context(), shell.journal(), loader, baby, shell::changed,
                        shell.readOnly(), shell.viewingCopy(), shell::awaitSaved);
                fresh.add(model);
            }
            kept.add(model);
        }
        for (DashboardViewModel model : fresh) {
            FirstDashboard first = shell.takeFirstDashboard(model.baby());
            if (first != null) {
                // read with the unlock: shown before the window first draws Today, so drawn once, filled
                DashboardViewModel waiting = model;
                first.whenArrived(data -> {
                    if (data != null) {
                        waiting.show(data);
                    } else {
                        waiting.reload();
                    }
                });
            } else {
                model.reload();
            }
        }
        dashboards.setAll(kept);
        markCurrent(current);
    }

    private int order(Baby baby) {
        for (int i = 0; i < shell.babies().size(); i++) {
            if (shell.babies().get(i).meta().id().equals(baby.meta().id())) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private void markCurrent(Baby current) {
        dashboards.forEach(d -> d.currentProperty().set(current != null
                && d.baby().meta().id().equals(current.meta().id())));
    }

    public void reload() {
        dashboards.forEach(DashboardViewModel::reload);
    }

    public void tick() {
        dashboards.forEach(DashboardViewModel::tick);
    }

    /** The current baby's dashboard (where quick-log keys go), or null while there is no baby. */
    public DashboardViewModel main() {
        return dashboards.stream().filter(d -> d.currentProperty().get()).findFirst()
                .orElse(dashboards.isEmpty() ? null : dashboards.getFirst());
    }

    public ObservableList<DashboardViewModel> dashboards() {
        return dashboards;
    }

    public BooleanProperty sideBySideProperty() {
        return sideBySide;
    }

    /** True when there are two babies or more, so "side by side" makes sense. */
    public BooleanBinding twinsProperty() {
        return twins;
    }

    /** True while "Add your baby" should show: the babies were read and there is none. */
    public BooleanBinding noBabyProperty() {
        return noBaby;
    }

    public AddBabyViewModel addBaby() {
        return addBaby;
    }

    public DashboardLoader loader() {
        return loader;
    }

    /** The shell, for opening entry forms on the current baby. */
    public ShellViewModel shell() {
        return shell;
    }
}
