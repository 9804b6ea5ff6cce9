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

    /**
     * Minutes per side, the side it ended on, how often the baby switched and how long the feed was
     * paused: everything a breastfeeding timer records, so a timed feed can be corrected by hand.
     */
    static TypeForm breastfeeding() {
        Minutes left = new Minutes(FormField.number("leftMinutes", "min", "sides"));
        Minutes right = new Minutes(FormField.number("rightMinutes", "min"));
        FormField side = FormField.choice("lastSide", Side.class);
        FormField switches = FormField.number("sideSwitches", null);
        Minutes paused = new Minutes(FormField.number("pausedMinutes", "min"));
        FormField notes = FormField.longText("notes");
        return new SimpleForm(List.of(left.field, right.field, side, switches, paused.field, notes), () -> {
            Integer switched = Amounts.whole(switches);
            return new EntryData.Breastfeeding(left.seconds(), right.seconds(), side.chosen(),
                    switched == null ? 0 : switched, paused.seconds(), notes.value());
        }, data -> {
            EntryData.Breastfeeding feed = (EntryData.Breastfeeding) data;
            left.load(feed.leftSeconds());
            right.load(feed.rightSeconds());
            side.choiceProperty().set(feed.lastSide());
            switches.textProperty().set(Integer.toString(feed.sideSwitches()));
            paused.load(feed.pausedSeconds());
            notes.textProperty().set(text(feed.notes()));
        });
    }

    /**
     * A time typed in whole minutes for one stored in seconds. A timer measures seconds; as long as
     * the parent leaves the minutes as shown, the exact seconds are saved back, so editing only the
     * notes of a timed feed changes nothing else.
     */
    private static final class Minutes {
        final FormField field;
        private long loaded = -1;
        private String shown;

        Minutes(FormField field) {
            this.field = field;
        }

        void load(long seconds) {
            loaded = seconds;
            shown = Long.toString(Math.round(seconds / 60.0));
            field.textProperty().set(shown);
        }

        long seconds() throws TypeForm.FieldException {
            Integer minutes = Amounts.whole(field);
            if (minutes == null) {
                return 0;
            }
            return loaded >= 0 && shown.equals(field.value()) ? loaded : minutes * 60L;
        }
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
