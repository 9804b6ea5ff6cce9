package nestling.ui.handover;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nestling.domain.Baby;
import nestling.domain.Caregiver;
import nestling.domain.UnitSystem;
import nestling.guidance.Handover;
import nestling.guidance.HandoverReading;
import nestling.journal.Journal;
import nestling.ui.common.UiContext;

/**
 * "While you were away" for the caregiver coming on duty: since their own last entry (when the window
 * knows who they are and they logged something in the last two weeks) or since a clock time they type.
 * Reads on the background worker; the dialog shows {@link #handoverProperty()} through {@link HandoverTexts}.
 */
public final class HandoverViewModel {
    /** Without a caregiver's last entry to start from: a night or a working day. */
    static final Duration DEFAULT_PERIOD = Duration.ofHours(12);
    private static final List<DateTimeFormatter> CLOCK_TIMES = List.of(DateTimeFormatter.ofPattern("H:mm"),
            DateTimeFormatter.ofPattern("H.mm"), DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("H"));

    private final UiContext context;
    private final Journal journal;
    private final Baby baby;
    private final BooleanProperty sinceMyLastEntry = new SimpleBooleanProperty(this, "sinceMyLastEntry");
    private final StringProperty sinceTime = new SimpleStringProperty(this, "sinceTime", "");
    private final ReadOnlyStringWrapper caregiverName = new ReadOnlyStringWrapper(this, "caregiverName", "");
    private final ReadOnlyObjectWrapper<Instant> myLastEntry = new ReadOnlyObjectWrapper<>(this, "myLastEntry");
    private final ReadOnlyObjectWrapper<Handover> handover = new ReadOnlyObjectWrapper<>(this, "handover");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObjectProperty<UUID> caregiverId = new SimpleObjectProperty<>(this, "caregiverId");
    /** The family's units, read with the caregiver (before the first handover shows). */
    private UnitSystem units = UnitSystem.METRIC;

    public HandoverViewModel(UiContext context, Journal journal, Baby baby) {
        this.context = context;
        this.journal = journal;
        this.baby = baby;
        sinceTime.set(context.formats().time(context.clock().instant().minus(DEFAULT_PERIOD)));
    }

    /** Finds who is on duty and their last entry, then shows the handover from there (or the last 12 hours). */
    public void start() {
        Instant now = context.clock().instant();
        busy.set(true);
        context.tasks().run(() -> {
            Optional<Caregiver> who = journal.family().currentCaregiver();
            Optional<Instant> last = who.flatMap(c -> HandoverReading.lastEntryBy(journal, baby.meta().id(),
                    c.meta().id(), now));
            return new Start(who.orElse(null), last.orElse(null), journal.preferences().units());
        }, start -> {
            busy.set(false);
            if (start.caregiver() != null) {
                caregiverName.set(start.caregiver().name());
                caregiverId.set(start.caregiver().meta().id());
            }
            units = start.units();
            myLastEntry.set(start.lastEntry());
            sinceMyLastEntry.set(start.lastEntry() != null);
            show();
        }, failure -> failed());
    }

    private record Start(Caregiver caregiver, Instant lastEntry, UnitSystem units) {
    }

    /** Reads the handover for the current choice. A time that cannot be read says so and keeps the last one. */
    public void show() {
        Instant now = context.clock().instant();
        Instant since;
        if (sinceMyLastEntry.get() && myLastEntry.get() != null) {
            since = myLastEntry.get();
        } else {
            Optional<LocalTime> time = clockTime(sinceTime.get());
            if (time.isEmpty()) {
                problem.set(context.text("handover.badTime"));
                return;
            }
            since = HandoverReading.latestBefore(time.get(), now, context.clock().getZone());
        }
        problem.set("");
        busy.set(true);
        context.tasks().run(() -> HandoverReading.of(journal, baby, since, now), result -> {
            busy.set(false);
            handover.set(result);
        }, failure -> failed());
    }

    private void failed() {
        busy.set(false);
        problem.set(context.text("handover.failed"));
    }

    /** "22:00", "22.00", "10:00 PM", "22": what parents type for a clock time. */
    static Optional<LocalTime> clockTime(String text) {
        String typed = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (DateTimeFormatter format : CLOCK_TIMES) {
            try {
                return Optional.of(LocalTime.parse(typed, format));
            } catch (DateTimeParseException notThisOne) {
                // try the next way of writing it
            }
        }
        return Optional.empty();
    }

    public UnitSystem units() {
        return units;
    }

    public Baby baby() {
        return baby;
    }

    public BooleanProperty sinceMyLastEntryProperty() {
        return sinceMyLastEntry;
    }

    public StringProperty sinceTimeProperty() {
        return sinceTime;
    }

    public ReadOnlyStringProperty caregiverNameProperty() {
        return caregiverName.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> myLastEntryProperty() {
        return myLastEntry.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Handover> handoverProperty() {
        return handover.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
