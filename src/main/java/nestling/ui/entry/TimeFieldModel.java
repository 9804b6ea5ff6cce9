package nestling.ui.entry;

import java.time.Instant;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nestling.ui.common.Formats;
import nestling.ui.common.TimeInput;
import nestling.ui.common.UiContext;

/**
 * A typed time ("-15m", "2:30p") and what it resolves to, shown next to the field ("14:45, Fri 20
 * Nov") or the reason it cannot be read. Resolved again on every read, so "now" stays now.
 */
public final class TimeFieldModel {
    private final UiContext context;
    private final TimeInput input;
    private final boolean optional;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper shown = new ReadOnlyStringWrapper(this, "shown", "");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");

    /** @param optional whether a blank text means "no time" (an activity without an end) */
    public TimeFieldModel(UiContext context, boolean optional) {
        this.context = context;
        this.input = new TimeInput(context.clock());
        this.optional = optional;
        text.subscribe(this::refresh);
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The resolved time in words, or empty. */
    public ReadOnlyStringProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The message next to the field: the typed text's problem, or the domain's for this time. */
    public StringProperty problemProperty() {
        return problem;
    }

    public boolean isBlank() {
        return text.get() == null || text.get().isBlank();
    }

    /** The instant now, or null when blank and optional or unreadable (then {@link #problemProperty()} says why). */
    public Instant resolve() {
        if (optional && isBlank()) {
            return null;
        }
        TimeInput.Result result = input.parse(text.get());
        return result.instant();
    }

    /** Whether the text can be read (blank counts when optional). */
    public boolean readable() {
        return optional && isBlank() || input.parse(text.get()).ok();
    }

    public void refresh() {
        if (optional && isBlank()) {
            shown.set("");
            problem.set("");
            return;
        }
        TimeInput.Result result = input.parse(text.get());
        Formats formats = context.formats();
        if (result.ok()) {
            shown.set(formats.dateTime(result.instant()));
            problem.set("");
        } else {
            shown.set("");
            problem.set(context.text("time.problem." + result.problem().name()));
        }
    }
}
