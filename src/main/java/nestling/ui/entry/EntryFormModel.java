package nestling.ui.entry;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nestling.domain.Baby;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.UnitSystem;
import nestling.domain.ValidationException;
import nestling.journal.Journal;
import nestling.ui.common.ReasonTexts;
import nestling.ui.common.UiContext;

/**
 * One entry form, new or editing: the baby, the start (and end) as typed times, the type's fields,
 * live validation with the domain's messages next to each field (checked in the background), and
 * saving through the journal (undoable there). Defaults for a new entry come from the last entry of
 * the same type: the bottle amount, the medicine and dose, the next breast, the thermometer.
 */
public final class EntryFormModel {
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final UiContext context;
    private final Journal journal;
    private final EntryType type;
    private final UnitSystem units;
    private final Entry editing;
    private final TypeForm form;
    private final TimeFieldModel start;
    private final TimeFieldModel end;
    private final ObservableList<Baby> babies = FXCollections.observableArrayList();
    private final ObjectProperty<Baby> baby = new SimpleObjectProperty<>(this, "baby");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyBooleanWrapper loadingPhoto = new ReadOnlyBooleanWrapper(this, "loadingPhoto");
    /** The activity form's list of the family's own activities; null for other types. */
    private final OwnActivities ownActivities;
    private final ReadOnlyBooleanWrapper defaultsLoaded = new ReadOnlyBooleanWrapper(this, "defaultsLoaded");
    /** What the form held before the parent touched it (after the remembered values came in). */
    private List<Object> untouched;
    private long checks;

    /**
     * @param editing the entry to change, or null for a new one
     * @param babies the babies to choose from; {@code current} is preselected for a new entry
     */
    public EntryFormModel(UiContext context, Journal journal, EntryType type, UnitSystem units, Entry editing,
            List<Baby> babies, Baby current) {
        this.context = context;
        this.journal = journal;
        this.type = Objects.requireNonNull(type);
        this.units = units;
        this.editing = editing;
        this.form = TypeForms.of(type, units);
        this.start = new TimeFieldModel(context, false);
        this.end = type.span() == EntryType.Span.INSTANT ? null
                : new TimeFieldModel(context, type.span() == EntryType.Span.OPTIONAL);
        this.babies.setAll(babies);
        if (editing != null) {
            form.load(editing.data());
            start.textProperty().set(typed(editing.start()));
            if (end != null && editing.end() != null) {
                end.textProperty().set(typed(editing.end()));
            }
            baby.set(babies.stream().filter(b -> b.meta().id().equals(editing.babyId())).findFirst().orElse(current));
        } else {
            baby.set(current);
            boolean timed = type.span() == EntryType.Span.TIMED;
            // "now" in the parent's language ("jetzt"), as the hint below the field says it
            String now = context.text("time.now");
            start.textProperty().set(timed ? (type == EntryType.SLEEP ? "-1h" : "-15m") : now);
            if (timed) {
                end.textProperty().set(now);
            }
        }
        if (type == EntryType.SLEEP) {
            FieldSuggestions.sleepKind(context.clock().getZone(), start, form.fields().getFirst());
        }
        if (type == EntryType.GROWTH && editing == null) {
            FieldSuggestions.position(context.clock().getZone(), start, baby, field("position"));
        }
        ownActivities = type == EntryType.ACTIVITY
                ? new OwnActivities(context, journal, field("activityType"), editing, message::set) : null;
        watch();
        untouched = contents();
    }

    /**
     * Everything the parent can change, in one comparable list: the baby, the typed times and
     * every field's value. Photos compare by content.
     */
    private List<Object> contents() {
        List<Object> all = new java.util.ArrayList<>();
        all.add(baby.get() == null ? null : baby.get().meta().id());
        all.add(start.textProperty().get());
        all.add(end == null ? null : end.textProperty().get());
        for (FormField field : form.fields()) {
            all.add(field.textProperty().get());
            all.add(field.checkedProperty().get());
            all.add(field.choiceProperty().get());
            all.add(field.pickedProperty().get());
            all.add(field.photoProperty().get() == null ? null : java.util.HexFormat.of()
                    .formatHex(field.photoProperty().get()));
        }
        return all;
    }

    /** Whether the parent changed anything since the form opened (remembered values do not count). */
    public boolean isTouched() {
        return !contents().equals(untouched);
    }

    private String typed(Instant instant) {
        return TYPED.format(instant.atZone(context.clock().getZone()));
    }

    public EntryType type() {
        return type;
    }

    public UnitSystem units() {
        return units;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public List<FormField> fields() {
        return form.fields();
    }

    public FormField field(String id) {
        return form.fields().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    public TimeFieldModel start() {
        return start;
    }

    /** The end time, or null for types that happen at an instant. */
    public TimeFieldModel end() {
        return end;
    }

    public ObservableList<Baby> babies() {
        return babies;
    }

    public ObjectProperty<Baby> babyProperty() {
        return baby;
    }

    /** A problem that belongs to no single field (no baby, the save failed). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** Whether the last check found nothing wrong. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** While a chosen picture is read and downscaled; saving waits for it. */
    public ReadOnlyBooleanProperty loadingPhotoProperty() {
        return loadingPhoto.getReadOnlyProperty();
    }

    /** Loads what pick lists offer: for an activity, the family's own activities. */
    public void loadChoices() {
        if (ownActivities != null) {
            ownActivities.load();
        }
    }

    /** The name typed for a new activity of the family's own, added from the activity form. */
    public javafx.beans.property.StringProperty newActivityNameProperty() {
        return ownActivities.newNameProperty();
    }

    /** Adds the typed activity to the family's own and picks it (see {@link OwnActivities#add()}). */
    public void addActivityType() {
        ownActivities.add();
    }

    /**
     * Reads and downscales the picture in {@code file} in the background (never on the FX thread)
     * and puts it in the photo {@code field}; a file that is no picture leaves the photo as it was.
     */
    public void choosePhoto(FormField field, java.nio.file.Path file) {
        if (file == null || field.kind() != FormField.Kind.PHOTO) {
            return;
        }
        field.problemProperty().set("");
        loadingPhoto.set(true);
        context.tasks().run(() -> nestling.ui.common.PhotoScaler.downscale(java.nio.file.Files.readAllBytes(file)),
                scaled -> {
                    loadingPhoto.set(false);
                    field.photoProperty().set(scaled);
                }, failure -> {
                    loadingPhoto.set(false);
                    field.problemProperty().set(context.text("entry.photo.unreadable"));
                });
    }

    /**
     * For a new entry: fills in what the last entry of this type of this baby had, and starts a
     * feed or sleep no earlier than the last one ended (a default that overlaps would open the form
     * with an error). {@link #defaultsLoadedProperty()} turns true when done.
     */
    public void loadDefaults() {
        Baby chosen = baby.get();
        if (editing != null || chosen == null || !RememberedDefaults.needsLastEntries(type)) {
            defaultsLoaded.set(true);
            return;
        }
        Instant now = context.clock().instant();
        UUID babyId = chosen.meta().id();
        context.tasks().run(() -> journal.entries().list(RememberedDefaults.lastOnes(babyId, type, now)), entries -> {
                    boolean untouchedYet = !isTouched();
                    if (!entries.isEmpty() && RememberedDefaults.remembersLast(type)) {
                        RememberedDefaults.apply(entries.getLast().data(), form, this::field);
                    }
                    if (type.overlapGroup() != null) {
                        startAfter(entries, now);
                    }
                    if (untouchedYet) {
                        untouched = contents();
                    }
                    defaultsLoaded.set(true);
                }, failure -> defaultsLoaded.set(true));
    }

    /** Moves the default start ("-15m") to the end of the latest of {@code entries} when that is later. */
    private void startAfter(List<Entry> entries, Instant now) {
        Instant typed = start.resolve();
        Long minutes = typed == null ? null : RememberedDefaults.minutesAgoAfter(entries, typed, now);
        if (minutes != null) {
            start.textProperty().set(minutes == 0 ? context.text("time.now") : "-" + minutes + "m");
        }
    }

    /** True once the remembered values of a new entry came in (or there were none to load). */
    public ReadOnlyBooleanProperty defaultsLoadedProperty() {
        return defaultsLoaded.getReadOnlyProperty();
    }

    /**
     * A new entry filled in from {@code template} (History → Duplicate): its baby and fields; something
     * that lasts keeps its length and ends now. The times stay editable like any new entry's.
     */
    public void fillFrom(Entry template) {
        form.load(template.data());
        babies.stream().filter(b -> b.meta().id().equals(template.babyId())).findFirst().ifPresent(baby::set);
        if (end != null && template.end() != null) {
            long minutes = Math.max(1, template.duration().orElseThrow().toMinutes());
            start.textProperty().set("-" + minutes + "m");
            end.textProperty().set(context.text("time.now"));
        }
    }

    private void watch() {
        start.textProperty().addListener((o, was, now) -> check());
        start.chosenProperty().addListener((o, was, now) -> check());
        if (end != null) {
            end.textProperty().addListener((o, was, now) -> check());
            end.chosenProperty().addListener((o, was, now) -> check());
        }
        baby.addListener((o, was, now) -> check());
        for (FormField field : form.fields()) {
            field.textProperty().addListener((o, was, now) -> check());
            field.checkedProperty().addListener((o, was, now) -> check());
            field.choiceProperty().addListener((o, was, now) -> check());
            field.pickedProperty().addListener((o, was, now) -> check());
            field.photoProperty().addListener((o, was, now) -> check());
        }
    }

    /** What would be saved, or null after marking the fields that cannot be read. */
    private Candidate candidate() {
        clearProblems();
        start.refresh();
        if (end != null) {
            end.refresh();
        }
        EntryData data;
        try {
            data = form.build();
        } catch (TypeForm.FieldException e) {
            e.field().problemProperty().set(context.text("entry.problem.number"));
            valid.set(false);
            return null;
        }
        if (!start.readable() || end != null && !end.readable()) {
            valid.set(false);
            return null;
        }
        if (baby.get() == null) {
            message.set(context.text("entry.problem.baby"));
            valid.set(false);
            return null;
        }
        return new Candidate(baby.get().meta().id(), start.resolve(), end == null ? null : end.resolve(), data);
    }

    private record Candidate(UUID babyId, Instant start, Instant end, EntryData data) {
    }

    /** Checks the form in the background and shows the domain's messages next to the fields. */
    public void check() {
        Candidate candidate = candidate();
        if (candidate == null) {
            return;
        }
        long check = ++checks;
        UUID replacing = editing == null ? null : editing.id();
        context.tasks().run(() -> journal.entries().problems(candidate.babyId(), candidate.start(), candidate.end(),
                candidate.data(), replacing), problems -> {
                    if (check == checks) {
                        show(ReasonTexts.byField(context.bundle(), problems.problems()));
                    }
                }, failure -> { });
    }

    /** Saves in the background; {@code saved} gets the stored entry, or the problems show next to the fields. */
    public void save(Consumer<Entry> saved) {
        if (saving.get() || loadingPhoto.get()) {
            return;
        }
        Candidate candidate = candidate();
        if (candidate == null) {
            return;
        }
        saving.set(true);
        checks++;
        context.tasks().run(() -> editing == null
                ? journal.entries().log(candidate.babyId(), candidate.start(), candidate.end(), candidate.data())
                : journal.entries().edit(new Entry(editing.meta(), candidate.babyId(), candidate.start(),
                        candidate.end(), context.clock().getZone().getRules().getOffset(candidate.start()),
                        candidate.data())), entry -> {
                            saving.set(false);
                            saved.accept(entry);
                        }, failure -> {
                            saving.set(false);
                            if (failure instanceof ValidationException invalid) {
                                show(ReasonTexts.byField(context.bundle(), invalid.problems()));
                            } else {
                                message.set(context.text("entry.problem.saveFailed"));
                            }
                        });
    }

    private void clearProblems() {
        message.set("");
        form.fields().forEach(f -> f.problemProperty().set(""));
    }

    private void show(Map<String, String> problems) {
        clearProblems();
        StringBuilder rest = new StringBuilder();
        for (Map.Entry<String, String> problem : problems.entrySet()) {
            FormField field = form.fields().stream().filter(f -> f.problemKeys().contains(problem.getKey()))
                    .findFirst().orElse(null);
            if (field != null) {
                field.problemProperty().set(problem.getValue());
            } else if (problem.getKey().equals("start")) {
                start.problemProperty().set(problem.getValue());
            } else if (problem.getKey().equals("end") && end != null) {
                end.problemProperty().set(problem.getValue());
            } else {
                rest.append(rest.isEmpty() ? "" : " ").append(problem.getValue());
            }
        }
        message.set(rest.toString());
        valid.set(problems.isEmpty());
    }
}
