package nestling.ui.entry;

import static nestling.ui.entry.SimpleForm.text;

import java.util.List;
import nestling.domain.ActivityKind;
import nestling.domain.EntryData;
import nestling.domain.LengthPosition;
import nestling.domain.SpitUpSize;
import nestling.domain.UnitSystem;

/** The forms of growth, activity, milestone and note. */
final class RecordForms {
    private RecordForms() {
    }

    static TypeForm growth(UnitSystem units) {
        FormField weight = FormField.number("weight", Amounts.weightUnit(units), "weight", "measurements");
        FormField length = FormField.number("length", Amounts.lengthUnit(units));
        FormField position = FormField.choice("position", LengthPosition.class);
        FormField head = FormField.number("head", Amounts.lengthUnit(units));
        FormField notes = FormField.longText("notes");
        return new SimpleForm(List.of(weight, length, position, head, notes),
                () -> new EntryData.Growth(Amounts.grams(weight, units), Amounts.mm(length, units), position.chosen(),
                        Amounts.mm(head, units), notes.value()), data -> {
                    EntryData.Growth growth = (EntryData.Growth) data;
                    weight.textProperty().set(Amounts.weight(growth.grams(), units));
                    length.textProperty().set(Amounts.length(growth.lengthMm(), units));
                    position.choiceProperty().set(growth.position());
                    head.textProperty().set(Amounts.length(growth.headMm(), units));
                    notes.textProperty().set(text(growth.notes()));
                });
    }

    /**
     * A built-in activity, or one of the family's own (Settings → activities): picking one of those
     * makes the kind "own activity"; choosing another kind drops the pick. The form model fills the
     * list of own activities ({@link FormField#picks()}).
     */
    static TypeForm activity() {
        FormField kind = FormField.choice("kind", ActivityKind.class);
        FormField own = FormField.pick("activityType");
        FormField size = FormField.choice("size", SpitUpSize.class);
        FormField notes = FormField.longText("notes");
        own.pickedProperty().addListener((o, was, now) -> {
            if (now != null) {
                kind.choiceProperty().set(ActivityKind.CUSTOM);
            }
        });
        kind.choiceProperty().addListener((o, was, now) -> {
            if (now != ActivityKind.CUSTOM) {
                own.pickedProperty().set(null);
            }
        });
        return new SimpleForm(List.of(kind, own, size, notes), () -> new EntryData.Activity(kind.chosen(),
                kind.chosen() == ActivityKind.CUSTOM ? own.pickedProperty().get() : null, size.chosen(), notes.value()),
                data -> {
                    EntryData.Activity activity = (EntryData.Activity) data;
                    kind.choiceProperty().set(activity.kind());
                    own.pickedProperty().set(activity.activityTypeId());
                    size.choiceProperty().set(activity.spitUpSize());
                    notes.textProperty().set(text(activity.notes()));
                });
    }

    /** Title, note and an optional photo (downscaled before it reaches the form). */
    static TypeForm milestone() {
        FormField title = FormField.text("title");
        FormField note = FormField.longText("note");
        FormField photo = FormField.photo("photo");
        return new SimpleForm(List.of(title, note, photo),
                () -> new EntryData.Milestone(title.value(), note.value(), photo.photoProperty().get()), data -> {
                    EntryData.Milestone milestone = (EntryData.Milestone) data;
                    title.textProperty().set(text(milestone.title()));
                    note.textProperty().set(text(milestone.note()));
                    photo.photoProperty().set(milestone.photo());
                });
    }

    static TypeForm note() {
        FormField text = FormField.longText("text");
        return new SimpleForm(List.of(text), () -> new EntryData.Note(text.value()),
                data -> text.textProperty().set(text(((EntryData.Note) data).text())));
    }
}
