package nestling.ui.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import nestling.domain.ActivityKind;
import nestling.domain.BottleContent;
import nestling.domain.DoseUnit;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.LengthPosition;
import nestling.domain.Reaction;
import nestling.domain.Side;
import nestling.domain.SleepKind;
import nestling.domain.SleepPlace;
import nestling.domain.SpitUpSize;
import nestling.domain.StoolColour;
import nestling.domain.StoolConsistency;
import nestling.domain.TemperatureMethod;
import nestling.domain.UnitSystem;
import org.junit.jupiter.api.Test;

/** Every type's form reads back what it shows, in metric and imperial. */
class TypeFormsTest {
    private static final List<EntryData> SAMPLES = List.of(
            new EntryData.Breastfeeding(605, 425, Side.RIGHT, 2, 130, "sleepy"),
            new EntryData.Bottle(BottleContent.FORMULA, 120, "warm"),
            new EntryData.Solids(List.of("carrot", "pear"), "2 spoons", Reaction.POSSIBLE_ALLERGY, "red cheeks", null),
            new EntryData.Pumping(80, 95, null),
            new EntryData.Sleep(SleepKind.NAP, SleepPlace.STROLLER, null),
            new EntryData.Diaper(true, true, false, StoolColour.YELLOW, StoolConsistency.SEEDY, true, "a lot"),
            new EntryData.Medicine("Paracetamol", new BigDecimal("2.5"), DoseUnit.ML, 360, null),
            new EntryData.Temperature(381, TemperatureMethod.EAR),
            new EntryData.Growth(5230, 585, LengthPosition.LYING, 392, null),
            new EntryData.Activity(ActivityKind.SPIT_UP, null, SpitUpSize.MEDIUM, null),
            new EntryData.Activity(ActivityKind.CUSTOM, UUID.randomUUID(), null, "swimming"),
            new EntryData.Milestone("First smile", "at Grandma", new byte[] {1, 2, 3}),
            new EntryData.Note("Grandma visited"));

    @Test
    void everyTypeRoundTripsInMetric() throws Exception {
        for (EntryData data : SAMPLES) {
            TypeForm form = TypeForms.of(data.type(), UnitSystem.METRIC);
            form.load(data);
            assertEquals(data, form.build(), data.type().name());
        }
    }

    @Test
    void imperialShowsUserUnitsAndReadsThemBack() throws Exception {
        TypeForm bottle = TypeForms.of(EntryType.BOTTLE, UnitSystem.IMPERIAL);
        bottle.load(new EntryData.Bottle(null, 120, null));
        assertEquals("4.06", field(bottle, "amount").textProperty().get());
        assertEquals("fl oz", field(bottle, "amount").unit());
        assertEquals(120, ((EntryData.Bottle) bottle.build()).ml());
        field(bottle, "amount").textProperty().set("4");
        assertEquals(118, ((EntryData.Bottle) bottle.build()).ml());

        TypeForm temperature = TypeForms.of(EntryType.TEMPERATURE, UnitSystem.IMPERIAL);
        field(temperature, "temperature").textProperty().set("100.4");
        assertEquals(380, ((EntryData.Temperature) temperature.build()).deciCelsius());
        assertEquals("°F", field(temperature, "temperature").unit());

        TypeForm growth = TypeForms.of(EntryType.GROWTH, UnitSystem.IMPERIAL);
        field(growth, "weight").textProperty().set("11.5");
        field(growth, "length").textProperty().set("23");
        EntryData.Growth read = (EntryData.Growth) growth.build();
        assertEquals(5216, read.grams());
        assertEquals(584, read.lengthMm());
        growth.load(new EntryData.Growth(5216, 584, null, null, null));
        assertEquals("11.5", field(growth, "weight").textProperty().get());
        assertEquals("22.99", field(growth, "length").textProperty().get());
    }

    @Test
    void metricAcceptsADecimalComma() throws Exception {
        TypeForm temperature = TypeForms.of(EntryType.TEMPERATURE, UnitSystem.METRIC);
        field(temperature, "temperature").textProperty().set("37,8");
        assertEquals(378, ((EntryData.Temperature) temperature.build()).deciCelsius());
        TypeForm growth = TypeForms.of(EntryType.GROWTH, UnitSystem.METRIC);
        field(growth, "weight").textProperty().set("4,25");
        assertEquals(4250, ((EntryData.Growth) growth.build()).grams());
    }

    @Test
    void aWordInANumberFieldNamesThatField() {
        TypeForm bottle = TypeForms.of(EntryType.BOTTLE, UnitSystem.METRIC);
        field(bottle, "amount").textProperty().set("lots");
        TypeForm.FieldException thrown = assertThrows(TypeForm.FieldException.class, bottle::build);
        assertEquals("amount", thrown.field().id());
    }

    @Test
    void medicineIntervalIsTypedInHours() throws Exception {
        TypeForm medicine = TypeForms.of(EntryType.MEDICINE, UnitSystem.METRIC);
        field(medicine, "minInterval").textProperty().set("4.5");
        field(medicine, "name").textProperty().set("Ibuprofen");
        field(medicine, "dose").textProperty().set("2,5");
        EntryData.Medicine read = (EntryData.Medicine) medicine.build();
        assertEquals(270, read.minIntervalMinutes());
        assertEquals(new BigDecimal("2.5"), read.dose());
    }

    @Test
    void solidsSplitFoodsAtCommas() throws Exception {
        TypeForm solids = TypeForms.of(EntryType.SOLIDS, UnitSystem.METRIC);
        field(solids, "foods").textProperty().set(" carrot ,, pear ");
        assertEquals(List.of("carrot", "pear"), ((EntryData.Solids) solids.build()).foods());
    }

    @Test
    void breastfeedingKeepsATimersSecondsUntilTheMinutesAreChanged() throws Exception {
        TypeForm feed = TypeForms.of(EntryType.BREASTFEEDING, UnitSystem.METRIC);
        feed.load(new EntryData.Breastfeeding(425, 89, Side.LEFT, 3, 150, null));
        assertEquals("7", field(feed, "leftMinutes").textProperty().get(), "rounded to the nearest minute");
        assertEquals("1", field(feed, "rightMinutes").textProperty().get());
        assertEquals("3", field(feed, "sideSwitches").textProperty().get());
        assertEquals("3", field(feed, "pausedMinutes").textProperty().get());
        field(feed, "notes").textProperty().set("only the note changed");
        assertEquals(new EntryData.Breastfeeding(425, 89, Side.LEFT, 3, 150, "only the note changed"), feed.build());

        field(feed, "leftMinutes").textProperty().set("9");
        field(feed, "sideSwitches").textProperty().set("1");
        field(feed, "pausedMinutes").textProperty().set("");
        EntryData.Breastfeeding read = (EntryData.Breastfeeding) feed.build();
        assertEquals(540, read.leftSeconds());
        assertEquals(89, read.rightSeconds(), "the untouched side keeps its seconds");
        assertEquals(1, read.sideSwitches());
        assertEquals(0, read.pausedSeconds());
    }

    @Test
    void pickingAnOwnActivityMakesItCustomAndAnotherKindDropsThePick() throws Exception {
        TypeForm activity = TypeForms.of(EntryType.ACTIVITY, UnitSystem.METRIC);
        UUID swimming = UUID.randomUUID();
        field(activity, "activityType").pickedProperty().set(swimming);
        assertEquals(ActivityKind.CUSTOM, field(activity, "kind").choiceProperty().get());
        assertEquals(new EntryData.Activity(ActivityKind.CUSTOM, swimming, null, null), activity.build());
        field(activity, "kind").choiceProperty().set(ActivityKind.BATH);
        assertEquals(null, field(activity, "activityType").pickedProperty().get());
        assertEquals(new EntryData.Activity(ActivityKind.BATH, null, null, null), activity.build());
    }

    static FormField field(TypeForm form, String id) {
        return form.fields().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }
}
