package nestling.ui.entry;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nestling.ui.common.Formats;
import nestling.ui.common.TimeInput;
import nestling.ui.common.UiContext;

/**
 * A typed time ("-15m", "2:30p", or the date and time as the window shows them) and what it resolves
 * to, shown next to the field ("14:45, Fri 20 Nov") or the reason it cannot be read. Resolved again
 * on every read, so "now" stays now.
 *
 * <p>A wall time the clocks skip (spring) or show twice (autumn) is not stored silently: the
 * {@link #noticeProperty() notice} says what would be stored and {@link #choices()} offers the
 * shifted time to confirm, or the two offsets to choose from. Until the parent chooses, the time
 * does not count as readable, so the form does not save.
 */
public final class TimeFieldModel {
    /** One answer to a skipped or doubled time: what the button says and the instant it stores. */
    public record Choice(String label, Instant instant) {
    }

    private final UiContext context;
    private final TimeInput input;
    private final boolean optional;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper shown = new ReadOnlyStringWrapper(this, "shown", "");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final ObjectProperty<Instant> chosen = new SimpleObjectProperty<>(this, "chosen");

    /** @param optional whether a blank text means "no time" (an activity without an end) */
    public TimeFieldModel(UiContext context, boolean optional) {
        this.context = context;
        this.input = new TimeInput(context.clock(), Formats.locale(context.bundle()));
        this.optional = optional;
        text.subscribe(this::refresh);
        chosen.subscribe(this::refresh);
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

    /** What happens to a skipped or doubled wall time ("02:30 does not exist on this day …"), or empty. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The answers to the {@link #noticeProperty() notice}: one to confirm, or two to choose from. */
    public ObservableList<Choice> choices() {
        return choices;
    }

    /** The instant the parent chose among {@link #choices()}, or null while none is. */
    public ObjectProperty<Instant> chosenProperty() {
        return chosen;
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
        if (result.shift() != null && chosen.get() != null && result.shift().choices().contains(chosen.get())) {
            return chosen.get();
        }
        return result.instant();
    }

    /** Whether the text can be read (blank counts when optional) and a skipped or doubled time was answered. */
    public boolean readable() {
        if (optional && isBlank()) {
            return true;
        }
        TimeInput.Result result = input.parse(text.get());
        return result.ok() && (result.shift() == null || chosen.get() != null && result.shift().choices().contains(chosen.get()));
    }

    public void refresh() {
        if (optional && isBlank()) {
            shown.set("");
            problem.set("");
            ask(null);
            return;
        }
        TimeInput.Result result = input.parse(text.get());
        Formats formats = context.formats();
        if (result.ok()) {
            ask(result.shift());
            shown.set(formats.dateTime(resolve()));
            problem.set("");
        } else {
            ask(null);
            shown.set("");
            problem.set(context.text("time.problem." + result.problem().name()));
        }
    }

    /** Puts the question for {@code shift} (none when null); a choice made for the same time stays. */
    private void ask(TimeInput.Shift shift) {
        List<Choice> answers = shift == null ? List.of() : answers(shift);
        if (!answers.equals(choices)) {
            choices.setAll(answers);
        }
        if (chosen.get() != null && answers.stream().noneMatch(c -> c.instant().equals(chosen.get()))) {
            chosen.set(null);
        }
        notice.set(shift == null ? "" : question(shift));
    }

    private String question(TimeInput.Shift shift) {
        Formats formats = context.formats();
        String typed = wall().format(shift.typed());
        if (shift.gap()) {
            return formats.message("time.gap", typed, formats.time(shift.choices().getFirst()));
        }
        return formats.message("time.overlap", typed, zoneName(shift.choices().getFirst()),
                zoneName(shift.choices().getLast()));
    }

    private List<Choice> answers(TimeInput.Shift shift) {
        Formats formats = context.formats();
        if (shift.gap()) {
            Instant moved = shift.choices().getFirst();
            return List.of(new Choice(formats.message("time.gap.confirm", formats.time(moved)), moved));
        }
        return List.of(new Choice(formats.message("time.overlap.first", zoneName(shift.choices().getFirst())),
                shift.choices().getFirst()), new Choice(formats.message("time.overlap.second",
                        zoneName(shift.choices().getLast())), shift.choices().getLast()));
    }

    private DateTimeFormatter wall() {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale());
    }

    /** The zone's short name at {@code instant} in the window's language: "CEST", "MEZ". */
    private String zoneName(Instant instant) {
        ZoneId zone = context.clock().getZone();
        return DateTimeFormatter.ofPattern("zzz", locale()).withZone(zone).format(instant);
    }

    private Locale locale() {
        return Formats.locale(context.bundle());
    }
}
