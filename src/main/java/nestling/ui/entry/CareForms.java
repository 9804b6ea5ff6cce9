package nestling.ui.entry;

import static nestling.ui.entry.SimpleForm.text;

import java.util.List;
import nestling.domain.DoseUnit;
import nestling.domain.EntryData;
import nestling.domain.SleepKind;
import nestling.domain.SleepPlace;
import nestling.domain.StoolColour;
import nestling.domain.StoolConsistency;
import nestling.domain.TemperatureMethod;
import nestling.domain.UnitSystem;
import nestling.store.RememberedNames;

/** The forms of sleep, diaper, medicine and temperature. */
final class CareForms {
    private CareForms() {
    }

    static TypeForm sleep() {
        FormField kind = FormField.choice("kind", SleepKind.class);
        FormField place = FormField.choice("place", SleepPlace.class);
        FormField notes = FormField.longText("notes");
        return new SimpleForm(List.of(kind, place, notes),
                () -> new EntryData.Sleep(kind.chosen(), place.chosen(), notes.value()), data -> {
                    EntryData.Sleep sleep = (EntryData.Sleep) data;
                    kind.choiceProperty().set(sleep.kind());
                    place.choiceProperty().set(sleep.place());
                    notes.textProperty().set(text(sleep.notes()));
                });
    }

    static TypeForm diaper() {
        FormField wet = FormField.check("wet", "contents");
        FormField dirty = FormField.check("dirty");
        FormField dry = FormField.check("dry");
        FormField colour = FormField.choice("stoolColour", StoolColour.class, "stool");
        FormField consistency = FormField.choice("consistency", StoolConsistency.class);
        FormField rash = FormField.check("rash");
        FormField notes = FormField.longText("notes");
        return new SimpleForm(List.of(wet, dirty, dry, colour, consistency, rash, notes),
                () -> new EntryData.Diaper(wet.checkedProperty().get(), dirty.checkedProperty().get(),
                        dry.checkedProperty().get(), colour.chosen(), consistency.chosen(),
                        rash.checkedProperty().get(), notes.value()), data -> {
                    EntryData.Diaper diaper = (EntryData.Diaper) data;
                    wet.checkedProperty().set(diaper.wet());
                    dirty.checkedProperty().set(diaper.dirty());
                    dry.checkedProperty().set(diaper.dry());
                    colour.choiceProperty().set(diaper.stoolColour());
                    consistency.choiceProperty().set(diaper.consistency());
                    rash.checkedProperty().set(diaper.rash());
                    notes.textProperty().set(text(diaper.notes()));
                });
    }

    static TypeForm medicine() {
        FormField name = FormField.remembered("name", RememberedNames.MEDICINE);
        FormField dose = FormField.number("dose", null);
        FormField unit = FormField.choice("unit", DoseUnit.class);
        FormField interval = FormField.number("minInterval", "h");
        FormField notes = FormField.longText("notes");
        return new SimpleForm(List.of(name, dose, unit, interval, notes), () -> {
            java.math.BigDecimal hours = Amounts.decimal(interval);
            Integer minutes = hours == null ? null : hours.multiply(java.math.BigDecimal.valueOf(60))
                    .setScale(0, java.math.RoundingMode.HALF_UP).intValue();
            return new EntryData.Medicine(name.value(), Amounts.decimal(dose), unit.chosen(), minutes, notes.value());
        }, data -> {
            EntryData.Medicine medicine = (EntryData.Medicine) data;
            name.textProperty().set(text(medicine.name()));
            dose.textProperty().set(medicine.dose() == null ? "" : medicine.dose().stripTrailingZeros().toPlainString());
            unit.choiceProperty().set(medicine.unit());
            interval.textProperty().set(medicine.minIntervalMinutes() == null ? ""
                    : java.math.BigDecimal.valueOf(medicine.minIntervalMinutes())
                            .divide(java.math.BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP)
                            .stripTrailingZeros().toPlainString());
            notes.textProperty().set(text(medicine.notes()));
        });
    }

    static TypeForm temperature(UnitSystem units) {
        FormField value = FormField.number("temperature", Amounts.temperatureUnit(units));
        FormField method = FormField.choice("method", TemperatureMethod.class);
        return new SimpleForm(List.of(value, method),
                () -> new EntryData.Temperature(Amounts.deciCelsius(value, units), method.chosen()), data -> {
                    EntryData.Temperature temperature = (EntryData.Temperature) data;
                    value.textProperty().set(Amounts.temperature(temperature.deciCelsius(), units));
                    method.choiceProperty().set(temperature.method());
                });
    }
}
