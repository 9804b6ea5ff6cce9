package nestling.ui.inbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nestling.domain.Baby;
import nestling.domain.TimerKind;
import nestling.journal.HeldInbox;
import nestling.journal.InboxAction;
import nestling.journal.Journal;
import nestling.store.Database;
import nestling.ui.common.SaveWait;
import nestling.ui.common.UiContext;

/**
 * After unlock, what logging while locked could not simply merge: records refused (damaged, out of
 * order, sealed with another key), told once in plain words; and records that opened although the
 * key beside the vault had been replaced, each to accept or drop. They wait in the vault until
 * decided, so closing the window (or a crash) loses none. All reads and writes run in the
 * background; a decision is reported only once the vault file holds it.
 */
public final class InboxReviewViewModel {
    /** One held record as the parent sees it: what, when, for whom. */
    public record Item(String key, String what, String when, String baby) {
    }

    private final UiContext context;
    private final Journal journal;
    private final Database database;
    private final SaveWait saveWait;
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper refused = new ReadOnlyStringWrapper(this, "refused", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");

    public InboxReviewViewModel(UiContext context, Journal journal, Database database, SaveWait saveWait) {
        this.context = context;
        this.journal = journal;
        this.database = database;
        this.saveWait = saveWait;
    }

    private record Found(List<Item> items, Optional<HeldInbox.Refusals> refusals) {
    }

    /** Reads what waits in the background; {@link #loadedProperty()} turns true when done. */
    public void load() {
        busy.set(true);
        context.tasks().run(() -> {
            Map<UUID, String> babies = journal.family().babies(true).stream()
                    .collect(Collectors.toMap(b -> b.meta().id(), Baby::name, (a, b) -> a));
            List<HeldInbox.Held> held = HeldInbox.list(database);
            return new Found(items(held, babies), HeldInbox.refusals(database));
        }, found -> {
            items.setAll(found.items());
            refused.set(found.refusals().map(this::refusalText).orElse(""));
            busy.set(false);
            loaded.set(true);
        }, failure -> {
            busy.set(false);
            status.set(context.text("inbox.failed"));
        });
    }

    /** The replaced key (when no held record says so already), then the records refused. */
    private String refusalText(HeldInbox.Refusals refusals) {
        String key = refusals.keyReplaced() && items.isEmpty() ? context.text("inbox.keyReplaced") : "";
        String count = refusals.count() == 0 ? ""
                : context.formats().message("inbox.refused", refusals.count(), refusals.keptAs());
        return (key + " " + count).strip();
    }

    /** True when there is anything to tell or decide. */
    public boolean needsTheParent() {
        return !items.isEmpty() || !refused.get().isEmpty();
    }

    public void accept(Item item) {
        accept(Set.of(item.key()));
    }

    public void drop(Item item) {
        drop(Set.of(item.key()));
    }

    public void acceptAll() {
        accept(keys());
    }

    public void dropAll() {
        drop(keys());
    }

    /** The parent has read about the refused records: they are not told again. */
    public void refusalsRead() {
        if (!refused.get().isEmpty()) {
            refused.set("");
            context.tasks().run(() -> {
                HeldInbox.forgetRefusals(database);
                return null;
            }, done -> { }, failure -> { });
        }
    }

    private Set<String> keys() {
        return items.stream().map(Item::key).collect(Collectors.toSet());
    }

    private void accept(Set<String> keys) {
        decide(keys, () -> {
            HeldInbox.Accepted accepted = HeldInbox.accept(journal, database, keys, context.clock().instant());
            saveWait.untilSaved();
            return accepted.refusedBecause().isEmpty()
                    ? context.formats().message("inbox.accepted", accepted.merged() + accepted.alreadyThere())
                    : context.formats().message("inbox.acceptedSomeRefused", accepted.merged() + accepted.alreadyThere(),
                            accepted.refusedBecause().size());
        });
    }

    private void drop(Set<String> keys) {
        decide(keys, () -> {
            HeldInbox.drop(database, keys);
            saveWait.untilSaved();
            return context.formats().message("inbox.dropped", keys.size());
        });
    }

    private void decide(Set<String> keys, nestling.ui.common.BackgroundTasks.Work<String> work) {
        if (keys.isEmpty() || busy.get()) {
            return;
        }
        busy.set(true);
        status.set("");
        context.tasks().run(work, said -> {
            status.set(said);
            items.removeIf(i -> keys.contains(i.key()));
            busy.set(false);
        }, failure -> {
            // what the vault holds decides: read again (a save that failed is retried by the saver)
            busy.set(false);
            status.set(context.text("inbox.failed"));
        });
    }

    private List<Item> items(List<HeldInbox.Held> held, Map<UUID, String> babies) {
        return HeldInbox.shown(held).stream().map(shown -> new Item(shown.key(), switch (shown.action()) {
            case InboxAction.NewEntry e -> context.text("entry.type." + e.type().wireName());
            case InboxAction.TimerAction t -> context.formats().message("inbox.timer." + t.op().name()
                    .toLowerCase(java.util.Locale.ROOT), kindText(t.kind()));
            case InboxAction.Cancel c -> throw new IllegalStateException("not shown");
        }, when(shown.at()), shown.babyId() == null ? "" : babies.getOrDefault(shown.babyId(), ""))).toList();
    }

    private String kindText(TimerKind kind) {
        if (kind == null) {
            return context.text("inbox.timer.any");
        }
        return switch (kind) {
            case BREASTFEEDING -> context.text("entry.type.breastfeeding");
            case SLEEP -> context.text("entry.type.sleep");
            case PUMPING -> context.text("entry.type.pumping");
            case TUMMY_TIME, CUSTOM -> context.text("entry.type.activity");
        };
    }

    private String when(Instant at) {
        return context.formats().dateTime(at);
    }

    public ObservableList<Item> items() {
        return items;
    }

    /** "3 entries logged while locked could not be read …", or "" when there is nothing to tell. */
    public ReadOnlyStringProperty refusedProperty() {
        return refused.getReadOnlyProperty();
    }

    /** What the last decision did ("2 entries added"), once the vault file holds it. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
