package nestling.ui.entry;

import static nestling.ui.entry.SimpleForm.text;

import java.util.Arrays;
import java.util.List;
import nestling.domain.BottleContent;
import nestling.domain.EntryData;
import nestling.domain.Reaction;
import nestling.domain.Side;
import nestling.domain.UnitSystem;
import nestling.store.RememberedNames;

/** The forms of breastfeeding, bottle, solids and pumping. */
final class FeedingForms {
    private FeedingForms() {
    }

    static TypeForm breastfeeding() {
        FormField left = FormField.number("leftMinutes", "min", "sides");
        FormField right = FormField.number("rightMinutes", "min");
        FormField side = FormField.choice("lastSide", Side.class);
        FormField notes = FormField.longText("notes");
        return new SimpleForm(List.of(left, right, side, notes), () -> {
            Integer l = Amounts.whole(left);
            Integer r = Amounts.whole(right);
            return new EntryData.Breastfeeding(l == null ? 0 : l * 60L, r == null ? 0 : r * 60L, side.chosen(), 0, 0,
                    notes.value());
        }, data -> {
            EntryData.Breastfeeding feed = (EntryData.Breastfeeding) data;
            left.textProperty().set(Long.toString(feed.leftSeconds() / 60));
            right.textProperty().set(Long.toString(feed.rightSeconds() / 60));
            side.choiceProperty().set(feed.lastSide());
            notes.textProperty().set(text(feed.notes()));
        });
    }

    static TypeForm bottle(UnitSystem units) {
        FormField amount = FormField.number("amount", Amounts.volumeUnit(units));
        FormField content = FormField.choice("content", BottleContent.class);
        FormField notes = FormField.longText("notes");
        return new SimpleForm(List.of(amount, content, notes),
                () -> new EntryData.Bottle(content.chosen(), Amounts.ml(amount, units), notes.value()), data -> {
                    EntryData.Bottle bottle = (EntryData.Bottle) data;
                    amount.textProperty().set(Amounts.volume(bottle.ml(), units));
                    content.choiceProperty().set(bottle.content());
                    notes.textProperty().set(text(bottle.notes()));
                });
    }

    static TypeForm solids() {
        FormField foods = FormField.remembered("foods", RememberedNames.FOOD);
        FormField amount = FormField.text("amountText");
        FormField reaction = FormField.choice("reaction", Reaction.class);
        FormField allergy = FormField.text("allergyNote");
        FormField notes = FormField.longText("notes");
        return new SimpleForm(List.of(foods, amount, reaction, allergy, notes), () -> new EntryData.Solids(
                foods.value() == null ? List.of() : Arrays.stream(foods.value().split(",")).map(String::strip)
                        .filter(f -> !f.isEmpty()).toList(),
                amount.value(), reaction.chosen(), allergy.value(), notes.value()), data -> {
                    EntryData.Solids solids = (EntryData.Solids) data;
                    foods.textProperty().set(String.join(", ", solids.foods()));
                    amount.textProperty().set(text(solids.amount()));
                    reaction.choiceProperty().set(solids.reaction());
                    allergy.textProperty().set(text(solids.allergyNote()));
                    notes.textProperty().set(text(solids.notes()));
                });
    }

    static TypeForm pumping(UnitSystem units) {
        FormField left = FormField.number("leftMl", Amounts.volumeUnit(units));
        FormField right = FormField.number("rightMl", Amounts.volumeUnit(units));
        FormField notes = FormField.longText("notes");
        return new SimpleForm(List.of(left, right, notes),
                () -> new EntryData.Pumping(Amounts.ml(left, units), Amounts.ml(right, units), notes.value()), data -> {
                    EntryData.Pumping pumping = (EntryData.Pumping) data;
                    left.textProperty().set(Amounts.volume(pumping.leftMl(), units));
                    right.textProperty().set(Amounts.volume(pumping.rightMl(), units));
                    notes.textProperty().set(text(pumping.notes()));
                });
    }
}
