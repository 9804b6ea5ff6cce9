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

    /** Built-in activities; an entry of a family's own activity keeps its type when edited. */
    static TypeForm activity() {
        FormField kind = FormField.choice("kind", ActivityKind.class);
        FormField size = FormField.choice("size", SpitUpSize.class);
        FormField notes = FormField.longText("notes");
        java.util.UUID[] custom = new java.util.UUID[1];
        return new SimpleForm(List.of(kind, size, notes),
                () -> new EntryData.Activity(kind.chosen(), custom[0], size.chosen(), notes.value()), data -> {
                    EntryData.Activity activity = (EntryData.Activity) data;
                    kind.choiceProperty().set(activity.kind());
                    custom[0] = activity.activityTypeId();
                    size.choiceProperty().set(activity.spitUpSize());
                    notes.textProperty().set(text(activity.notes()));
                });
    }

    /** Title and note; a photo already on the milestone is kept. */
    static TypeForm milestone() {
        FormField title = FormField.text("title");
        FormField note = FormField.longText("note");
        byte[][] photo = new byte[1][];
        return new SimpleForm(List.of(title, note), () -> new EntryData.Milestone(title.value(), note.value(), photo[0]),
                data -> {
                    EntryData.Milestone milestone = (EntryData.Milestone) data;
                    title.textProperty().set(text(milestone.title()));
                    note.textProperty().set(text(milestone.note()));
                    photo[0] = milestone.photo();
                });
    }

    static TypeForm note() {
        FormField text = FormField.longText("text");
        return new SimpleForm(List.of(text), () -> new EntryData.Note(text.value()),
                data -> text.textProperty().set(text(((EntryData.Note) data).text())));
    }
}
