package nestling.ui.entry;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.ValidationException;
import nestling.journal.Journal;
import nestling.ui.common.ReasonTexts;
import nestling.ui.common.UiContext;

/**
 * The activity form's pick list of the family's own activities (tummy time, bath, …), and adding a
 * new one right there, so a parent need not leave the form for Settings.
 */
final class OwnActivities {
    /** The colour Settings gives a new activity of the family's own (its palette's violet; Settings can change it). */
    private static final String COLOUR = "#8a4fb5";

    private final UiContext context;
    private final Journal journal;
    private final FormField list;
    private final UUID used;
    private final Consumer<String> failed;
    private final StringProperty newName = new SimpleStringProperty(this, "newName", "");

    /**
     * @param list    the form's pick field
     * @param editing the entry being changed (its activity stays listed even when removed), or null
     * @param failed  where a list that could not be read is said
     */
    OwnActivities(UiContext context, Journal journal, FormField list, Entry editing, Consumer<String> failed) {
        this.context = context;
        this.journal = journal;
        this.list = list;
        this.used = editing != null && editing.data() instanceof EntryData.Activity activity
                ? activity.activityTypeId() : null;
        this.failed = failed;
    }

    /**
     * Loads the family's activities in the background. A removed one is listed only when this entry
     * uses it (marked as removed), so an old entry keeps its name.
     */
    void load() {
        context.tasks().run(() -> journal.family().activityTypes(true), types -> list.picks().setAll(types.stream()
                .filter(t -> !t.meta().deleted() || t.meta().id().equals(used))
                .map(t -> new FormField.Pick(t.meta().id(), t.meta().deleted()
                        ? context.formats().message("entry.activityType.removed", t.name()) : t.name(),
                        t.meta().deleted()))
                .toList()), failure -> failed.accept(context.text("entry.problem.loadFailed")));
    }

    /** The name typed for a new activity. */
    StringProperty newNameProperty() {
        return newName;
    }

    /**
     * Adds the typed name to the family's activities (as in Settings: a moment, not timed; the
     * settings' activity colour) and picks it. A blank or failing name is refused next to the field;
     * a name the list already has is picked rather than refused.
     */
    void add() {
        String name = newName.get() == null ? "" : newName.get().strip();
        if (name.isEmpty()) {
            list.problemProperty().set(context.text("settings.activity.error.name"));
            return;
        }
        Optional<FormField.Pick> existing = list.picks().stream()
                .filter(p -> !p.removed() && p.label().strip().equalsIgnoreCase(name)).findFirst();
        if (existing.isPresent()) {
            list.pickedProperty().set(existing.get().id());
            newName.set("");
            return;
        }
        context.tasks().run(() -> journal.family().addActivityType(name, COLOUR, false), added -> {
            list.picks().add(new FormField.Pick(added.meta().id(), added.name(), false));
            list.pickedProperty().set(added.meta().id());
            newName.set("");
        }, failure -> list.problemProperty().set(failure instanceof ValidationException refused
                ? ReasonTexts.joined(context.bundle(), refused) : context.text("settings.activity.error.failed")));
    }
}
