package nestling.ui.entry;

import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One field of an entry form, whatever its type: a text (or number in the user's unit), a choice of
 * enum values, or a check box. Its {@code id} is the node id suffix and its bundle key
 * ({@code entry.field.<id>}); the domain's problem fields it shows are {@code problemKeys}.
 */
public final class FormField {
    /** How the view shows the field. */
    public enum Kind {
        TEXT, NUMBER, LONG_TEXT, CHOICE, CHECK,
        /** One of {@link #picks()}, a list the form fills at run time (the family's own activities). */
        PICK,
        /** A downscaled picture ({@link #photoProperty()}), chosen from a file. */
        PHOTO
    }

    /**
     * An item of a {@link Kind#PICK} field: its id and what the list shows. A removed item is
     * offered only to the entry that already uses it, so an old entry stays readable.
     */
    public record Pick(java.util.UUID id, String label, boolean removed) {
    }

    private final String id;
    private final Kind kind;
    private final List<? extends Enum<?>> options;
    private final Set<String> problemKeys;
    private final String unit;
    private final String suggestions;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final BooleanProperty checked = new SimpleBooleanProperty(this, "checked");
    private final ObjectProperty<Enum<?>> choice = new SimpleObjectProperty<>(this, "choice");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final javafx.collections.ObservableList<Pick> picks = javafx.collections.FXCollections.observableArrayList();
    private final ObjectProperty<java.util.UUID> picked = new SimpleObjectProperty<>(this, "picked");
    private final ObjectProperty<byte[]> photo = new SimpleObjectProperty<>(this, "photo");

    private FormField(String id, Kind kind, List<? extends Enum<?>> options, String unit, String suggestions,
            String... problemKeys) {
        this.id = id;
        this.kind = kind;
        this.options = options;
        this.unit = unit;
        this.suggestions = suggestions;
        this.problemKeys = problemKeys.length == 0 ? Set.of(id) : Set.of(problemKeys);
    }

    public static FormField text(String id, String... problemKeys) {
        return new FormField(id, Kind.TEXT, List.of(), null, null, problemKeys);
    }

    /** A text with suggestions from the remembered names of {@code kind} (medicine, food). */
    public static FormField remembered(String id, String kind, String... problemKeys) {
        return new FormField(id, Kind.TEXT, List.of(), null, kind, problemKeys);
    }

    public static FormField longText(String id, String... problemKeys) {
        return new FormField(id, Kind.LONG_TEXT, List.of(), null, null, problemKeys);
    }

    /** A number typed in {@code unit} (shown after the field; may be null). */
    public static FormField number(String id, String unit, String... problemKeys) {
        return new FormField(id, Kind.NUMBER, List.of(), unit, null, problemKeys);
    }

    public static <E extends Enum<E>> FormField choice(String id, Class<E> type, String... problemKeys) {
        return new FormField(id, Kind.CHOICE, List.of(type.getEnumConstants()), null, null, problemKeys);
    }

    public static FormField check(String id, String... problemKeys) {
        return new FormField(id, Kind.CHECK, List.of(), null, null, problemKeys);
    }

    public static FormField pick(String id, String... problemKeys) {
        return new FormField(id, Kind.PICK, List.of(), null, null, problemKeys);
    }

    public static FormField photo(String id, String... problemKeys) {
        return new FormField(id, Kind.PHOTO, List.of(), null, null, problemKeys);
    }

    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public List<? extends Enum<?>> options() {
        return options;
    }

    public Set<String> problemKeys() {
        return problemKeys;
    }

    /** The unit text after a number ("ml", "°F"), or null. */
    public String unit() {
        return unit;
    }

    /** The remembered-names kind for autocomplete, or null. */
    public String suggestions() {
        return suggestions;
    }

    public StringProperty textProperty() {
        return text;
    }

    public BooleanProperty checkedProperty() {
        return checked;
    }

    public ObjectProperty<Enum<?>> choiceProperty() {
        return choice;
    }

    /** The items of a {@link Kind#PICK} field, in the order shown. */
    public javafx.collections.ObservableList<Pick> picks() {
        return picks;
    }

    /** The id of the chosen {@link Pick}; it may arrive before the picks are loaded. */
    public ObjectProperty<java.util.UUID> pickedProperty() {
        return picked;
    }

    /** The picture of a {@link Kind#PHOTO} field (JPEG bytes), or null. */
    public ObjectProperty<byte[]> photoProperty() {
        return photo;
    }

    /** The message shown under the field; empty when all is well. */
    public StringProperty problemProperty() {
        return problem;
    }

    /** The text, stripped; null when blank. */
    public String value() {
        String value = text.get() == null ? "" : text.get().strip();
        return value.isEmpty() ? null : value;
    }

    @SuppressWarnings("unchecked")
    public <E extends Enum<E>> E chosen() {
        return (E) choice.get();
    }
}
