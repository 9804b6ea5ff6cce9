package nestling.ui.history;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nestling.domain.Baby;
import nestling.domain.Caregiver;
import nestling.domain.EntryType;
import nestling.journal.Journal;
import nestling.ui.common.BackgroundTasks;
import nestling.ui.common.UiContext;

/**
 * The History: every entry, newest first, narrowed by baby, type, caregiver, dates and search
 * words; delete with undo. Queries run in the background; a result that a newer filter overtook is
 * dropped. {@code changed} tells the other screens after a delete or undo.
 */
public final class HistoryViewModel {
    private final UiContext context;
    private final Journal journal;
    private final Runnable changed;
    private final HistoryLoader loader;
    private final ObservableList<HistoryRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Caregiver> caregivers = FXCollections.observableArrayList();
    private final ObjectProperty<Baby> baby = new SimpleObjectProperty<>(this, "baby");
    private final ObjectProperty<EntryType> type = new SimpleObjectProperty<>(this, "type");
    private final ObjectProperty<Caregiver> caregiver = new SimpleObjectProperty<>(this, "caregiver");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private List<HistoryRow> loaded = List.of();
    private HistoryFilter loadedFor;
    private volatile long generation;

    public HistoryViewModel(UiContext context, Journal journal, Runnable changed) {
        this.context = context;
        this.journal = journal;
        this.changed = changed;
        this.loader = new HistoryLoader(journal, context.bundle(), context.clock());
        baby.addListener((o, was, now) -> refresh());
        type.addListener((o, was, now) -> refresh());
        caregiver.addListener((o, was, now) -> refresh());
        from.addListener((o, was, now) -> refresh());
        to.addListener((o, was, now) -> refresh());
        search.addListener((o, was, now) -> refresh());
    }

    /** The rows shown, newest first (replaced as a whole after each load). */
    public ObservableList<HistoryRow> rows() {
        return rows;
    }

    public ObservableList<Caregiver> caregivers() {
        return caregivers;
    }

    public ObjectProperty<Baby> babyProperty() {
        return baby;
    }

    public ObjectProperty<EntryType> typeProperty() {
        return type;
    }

    public ObjectProperty<Caregiver> caregiverProperty() {
        return caregiver;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** What just happened ("Entry deleted."), shown with Undo while {@link #canUndoProperty()}. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public HistoryFilter filter() {
        return new HistoryFilter(baby.get() == null ? null : baby.get().meta().id(), type.get(),
                caregiver.get() == null ? null : caregiver.get().meta().id(), from.get(), to.get(), search.get());
    }

    public void clearFilters() {
        baby.set(null);
        type.set(null);
        caregiver.set(null);
        from.set(null);
        to.set(null);
        search.set("");
    }

    /** Loads everything again (after the data changed elsewhere). */
    public void reload() {
        loadedFor = null;
        refresh();
    }

    private void refresh() {
        HistoryFilter filter = filter();
        long mine = ++generation;
        loading.set(true);
        boolean query = filter.queriesDifferently(loadedFor);
        if (query) {
            // The last days first (a few ms even at 200k entries), so the table fills at once; then all.
            run(mine, filter, () -> loader.load(filter, HistoryLoader.RECENT), false);
            run(mine, filter, () -> loader.load(filter), true);
        } else {
            List<HistoryRow> base = loaded;
            run(mine, filter, () -> base, true);
        }
    }

    private void run(long mine, HistoryFilter filter, BackgroundTasks.Work<List<HistoryRow>> load, boolean complete) {
        context.tasks().run(() -> {
            if (mine != generation) {
                return null; // overtaken by a newer filter before it started
            }
            List<HistoryRow> all = load.call();
            return new Result(all, HistoryLoader.narrow(all, filter.caregiverId(), filter.search()),
                    complete ? journal.family().caregivers() : null);
        }, result -> {
            if (mine != generation || result == null) {
                return;
            }
            rows.setAll(result.shown());
            if (complete) {
                loaded = result.all();
                loadedFor = filter;
                if (!caregivers.equals(result.caregivers())) {
                    Caregiver chosen = caregiver.get();
                    caregivers.setAll(result.caregivers());
                    caregiver.set(chosen);
                }
                loading.set(false);
            }
        }, failure -> {
            if (mine == generation) {
                loading.set(false);
                status.set(context.text("history.failed"));
            }
        });
    }

    private record Result(List<HistoryRow> all, List<HistoryRow> shown, List<Caregiver> caregivers) {
    }

    /** Deletes the entry (a tombstone); Undo brings it back. */
    public void delete(HistoryRow row) {
        if (row == null) {
            return;
        }
        UUID id = row.entry().id();
        context.tasks().run(() -> {
            journal.entries().delete(id);
            return null;
        }, done -> {
            status.set(context.text("history.deleted"));
            canUndo.set(true);
            changed.run();
            reload();
        }, failure -> status.set(context.text("history.failed")));
    }

    /** Undoes the window's last change to entries (a delete here, or a log or edit elsewhere). */
    public void undo() {
        context.tasks().run(() -> {
            journal.entries().undo();
            return journal.entries().canUndo();
        }, more -> {
            status.set(context.text("history.undone"));
            canUndo.set(more);
            changed.run();
            reload();
        }, failure -> status.set(context.text("history.failed")));
    }

    public void dismissStatus() {
        status.set("");
        canUndo.set(false);
    }
}
