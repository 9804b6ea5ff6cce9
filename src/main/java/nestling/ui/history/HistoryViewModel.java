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
import nestling.store.EntryKeys;
import nestling.ui.common.BackgroundTasks;
import nestling.ui.common.UiContext;

/**
 * The History: every entry, newest first, narrowed by baby, type, caregiver, dates and search
 * words; delete with undo. Queries run in the background and return only compact keys; the table
 * fetches full rows a page at a time as they come into view. A result that a newer filter
 * overtook is dropped. {@code changed} tells the other screens after a delete or undo.
 */
public final class HistoryViewModel {
    private final UiContext context;
    private final Journal journal;
    private final Runnable changed;
    private final HistoryLoader loader;
    private final HistoryRows rows = new HistoryRows(this::fetch);
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
    /** The keys and texts of all entries as of the last reload, once a search made them; null before. */
    private SearchIndex index;
    private volatile long reloads;
    private boolean warming;
    private boolean warmed;
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

    /**
     * The rows shown, newest first: one item per matching entry, replaced as a whole after each
     * filter change. Items not on screen lately read as null until their page is fetched.
     */
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
        index = null; // the next search reads the keys again
        reloads++;
        refresh();
    }

    /**
     * One background task per filter change: without search words a count of the store's
     * selection; with them the keys of all entries (read once per reload) narrowed by the filter
     * and the words. Then the first page of rows. A task a newer filter
     * overtook stops before it starts, between search batches, and before its result is shown.
     */
    private void refresh() {
        HistoryFilter filter = filter();
        long mine = ++generation;
        long myReload = reloads;
        loading.set(true);
        boolean searching = HistoryLoader.words(filter.search()).length > 0;
        SearchIndex known = index;
        context.tasks().run(() -> {
            if (mine != generation) {
                return null;
            }
            SearchIndex made = known;
            HistoryListing listing;
            if (searching) {
                made = known != null ? known : loader.index(loader.allKeys(), () -> mine != generation);
                if (made == null) {
                    return null;
                }
                listing = new HistoryListing.Found(loader.search(made, filter));
            } else {
                listing = loader.counted(filter);
            }
            return new Result(made, listing, loader.rows(listing, 0, HistoryRows.pageEnd(listing, 0)),
                    journal.family().caregivers());
        }, result -> {
            if (mine != generation || result == null) {
                return;
            }
            if (result.index() != null && reloads == myReload) {
                index = result.index();
            }
            rows.reset(result.listing(), result.firstPage());
            if (!caregivers.equals(result.caregivers())) {
                Caregiver chosen = caregiver.get();
                caregivers.setAll(result.caregivers());
                caregiver.set(chosen);
            }
            loading.set(false);
            if (!warming) {
                warming = true;
                warm(null);
            }
            makeIndex();
        }, failure -> {
            if (mine == generation) {
                loading.set(false);
                status.set(context.text("history.failed"));
            }
        });
    }

    /**
     * Makes the search texts of every entry once, newest first, one batch per task and each task
     * queued only when the one before finished: a filter change waits for at most one batch, and
     * a search is then a scan of strings. Then the search index, so the first search is a scan
     * too. (A search before this ends makes what it lacks itself.)
     */
    private void warm(nestling.domain.Entry after) {
        context.tasks().run(() -> loader.warm(after), last -> {
            if (last.isPresent()) {
                warm(last.get());
            } else {
                warmed = true;
                makeIndex();
            }
        }, failure -> { });
    }

    /**
     * Once the texts are made, reads the keys again after each reload (an edit, a delete) so the
     * next search is a scan as well, not a query first.
     */
    private void makeIndex() {
        if (!warmed || index != null) {
            return;
        }
        long myReload = reloads;
        context.tasks().run(() -> loader.index(loader.allKeys(), () -> reloads != myReload), made -> {
            if (made != null && reloads == myReload && index == null) {
                index = made;
            }
        }, failure -> { });
    }

    private void fetch(HistoryListing listing, int page, long version) {
        context.tasks().run(() -> rows.wanted(version, page)
                ? loader.rows(listing, HistoryRows.pageStart(page), HistoryRows.pageEnd(listing, page)) : null,
                result -> {
                    if (result == null) {
                        rows.dropped(version, page);
                    } else {
                        rows.arrived(version, page, result);
                    }
                }, failure -> {
                    rows.failed(version, page);
                    status.set(context.text("history.failed"));
                });
    }

    private record Result(SearchIndex index, HistoryListing listing, List<HistoryRow> firstPage,
            List<Caregiver> caregivers) {
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
