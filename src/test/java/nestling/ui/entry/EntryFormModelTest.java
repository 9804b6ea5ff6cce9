package nestling.ui.entry;

import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import nestling.domain.Baby;
import nestling.domain.BottleContent;
import nestling.domain.DoseUnit;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.Side;
import nestling.domain.SleepKind;
import nestling.domain.UnitSystem;
import nestling.journal.Journal;
import nestling.ui.testing.JournalFixture;
import nestling.ui.testing.UiTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class EntryFormModelTest {
    @TempDir
    Path dir;

    private JournalFixture fixture;
    private UiTesting ui;
    private Journal journal;
    private Baby ada;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void setUp() {
        fixture = new JournalFixture(dir);
        ui = fixture.ui;
        journal = fixture.journal;
        ada = fixture.ada;
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private EntryFormModel form(EntryType type, UnitSystem units, Entry editing) {
        EntryFormModel model = onFx(() -> new EntryFormModel(ui.context, journal, type, units, editing, List.of(ada), ada));
        fx(model::loadDefaults);
        ui.drainTasks();
        return model;
    }

    private Entry save(EntryFormModel model) {
        AtomicReference<Entry> saved = new AtomicReference<>();
        fx(() -> model.save(saved::set));
        ui.drainTasks();
        return saved.get();
    }

    private Instant now() {
        return ui.clock.instant();
    }

    @Test
    void aNewBottleStartsNowWithTheLastAmountAndSaves() {
        journal.entries().log(ada.meta().id(), now().minus(Duration.ofHours(3)), null,
                new EntryData.Bottle(BottleContent.FORMULA, 130, "spat a bit"));
        EntryFormModel model = form(EntryType.BOTTLE, UnitSystem.METRIC, null);
        assertEquals("now", model.start().textProperty().get());
        assertEquals("130", model.field("amount").textProperty().get());
        assertEquals(BottleContent.FORMULA, model.field("content").choiceProperty().get());
        assertEquals("", model.field("notes").textProperty().get(), "notes are not carried over");
        assertNull(model.end(), "a bottle has a time, not an end");

        fx(() -> model.start().textProperty().set("-15m"));
        Entry saved = save(model);
        assertEquals(now().minus(Duration.ofMinutes(15)), saved.start());
        assertEquals(130, ((EntryData.Bottle) saved.data()).ml());
        assertEquals(2, journal.entries().list(nestling.store.EntryQuery.of(null, Instant.EPOCH, now().plusSeconds(60))).size());
    }

    @Test
    void imperialBottleIsTypedInFluidOunces() {
        EntryFormModel model = form(EntryType.BOTTLE, UnitSystem.IMPERIAL, null);
        assertEquals("fl oz", model.field("amount").unit());
        fx(() -> model.field("amount").textProperty().set("4"));
        assertEquals(118, ((EntryData.Bottle) save(model).data()).ml());
    }

    @Test
    void problemsShowNextToTheirFieldsWhileTyping() {
        EntryFormModel model = form(EntryType.BOTTLE, UnitSystem.METRIC, null);
        fx(() -> model.field("amount").textProperty().set("lots"));
        assertEquals(ui.context.text("entry.problem.number"), onFx(() -> model.field("amount").problemProperty().get()));
        fx(() -> model.field("amount").textProperty().set("900"));
        ui.drainTasks();
        assertTrue(onFx(() -> model.field("amount").problemProperty().get()).contains("not plausible"));
        assertFalse(model.validProperty().get());
        fx(() -> model.field("amount").textProperty().set("90"));
        ui.drainTasks();
        assertEquals("", onFx(() -> model.field("amount").problemProperty().get()));
        assertTrue(model.validProperty().get());
    }

    @Test
    void anUnreadableTimeSaysWhyAndNothingIsSaved() {
        EntryFormModel model = form(EntryType.DIAPER, UnitSystem.METRIC, null);
        fx(() -> {
            model.field("wet").checkedProperty().set(true);
            model.start().textProperty().set("banana");
        });
        assertEquals(ui.context.text("time.problem.NOT_A_TIME"), model.start().problemProperty().get());
        assertNull(save(model));
        fx(() -> model.start().textProperty().set("2:30"));
        assertEquals("", model.start().problemProperty().get());
        assertFalse(model.start().shownProperty().get().isEmpty(), "shows the time it understood");
    }

    @Test
    void aFutureTimeIsTheDomainsMessageAtTheTimeField() {
        EntryFormModel model = form(EntryType.NOTE, UnitSystem.METRIC, null);
        fx(() -> {
            model.field("text").textProperty().set("Grandma visited");
            model.start().textProperty().set("today 9:00");
        });
        ui.drainTasks();
        assertEquals("The start is in the future.", model.start().problemProperty().get());
    }

    @Test
    void anEmptyDiaperIsRefusedAtTheWetBox() {
        EntryFormModel model = form(EntryType.DIAPER, UnitSystem.METRIC, null);
        fx(model::check);
        ui.drainTasks();
        assertEquals("Say whether the diaper was wet, dirty or dry.", model.field("wet").problemProperty().get());
        assertNull(save(model));
    }

    @Test
    void medicineRemembersTheLastNameDoseAndInterval() {
        journal.entries().log(ada.meta().id(), now().minus(Duration.ofHours(7)), null,
                new EntryData.Medicine("Paracetamol", new BigDecimal("2.5"), DoseUnit.ML, 360, null));
        EntryFormModel model = form(EntryType.MEDICINE, UnitSystem.METRIC, null);
        assertEquals("Paracetamol", model.field("name").textProperty().get());
        assertEquals("2.5", model.field("dose").textProperty().get());
        assertEquals(DoseUnit.ML, model.field("unit").choiceProperty().get());
        assertEquals("6", model.field("minInterval").textProperty().get());
        assertEquals(360, ((EntryData.Medicine) save(model).data()).minIntervalMinutes());
    }

    @Test
    void breastfeedingOffersTheNextBreastAndHasAnEnd() {
        // right -> left (it ended on the left): the next feed starts on the other breast than this one started on
        journal.entries().log(ada.meta().id(), now().minus(Duration.ofHours(3)), now().minus(Duration.ofHours(2)),
                new EntryData.Breastfeeding(600, 600, Side.LEFT, 1, 0, null));
        EntryFormModel model = form(EntryType.BREASTFEEDING, UnitSystem.METRIC, null);
        assertEquals(Side.LEFT, model.field("lastSide").choiceProperty().get());
        assertEquals("-15m", model.start().textProperty().get());
        assertEquals("now", model.end().textProperty().get());
        fx(() -> model.field("leftMinutes").textProperty().set("7"));
        Entry saved = save(model);
        assertEquals(Duration.ofMinutes(15), saved.duration().orElseThrow());
        assertEquals(420, ((EntryData.Breastfeeding) saved.data()).leftSeconds());
    }

    @Test
    void sleepSuggestsNightOrNapFromTheStartUntilTheParentChooses() {
        EntryFormModel model = form(EntryType.SLEEP, UnitSystem.METRIC, null);
        assertEquals(SleepKind.NIGHT, model.field("kind").choiceProperty().get(), "02:00 UTC is night");
        fx(() -> model.start().textProperty().set("yesterday 13:00"));
        assertEquals(SleepKind.NAP, model.field("kind").choiceProperty().get());
        fx(() -> {
            model.field("kind").choiceProperty().set(SleepKind.NIGHT);
            model.start().textProperty().set("yesterday 14:00");
        });
        assertEquals(SleepKind.NIGHT, model.field("kind").choiceProperty().get(), "the parent's choice stays");
    }

    @Test
    void anOverlappingSleepIsRefusedAtTheStart() {
        journal.entries().log(ada.meta().id(), now().minus(Duration.ofHours(2)), now().minus(Duration.ofMinutes(30)),
                new EntryData.Sleep(SleepKind.NIGHT, null, null));
        EntryFormModel model = form(EntryType.SLEEP, UnitSystem.METRIC, null);
        fx(model::check);
        ui.drainTasks();
        assertEquals("", model.start().problemProperty().get(), "the default start waits for the last sleep's end");
        assertEquals(now().minus(Duration.ofMinutes(30)), onFx(model.start()::resolve));
        fx(() -> model.start().textProperty().set("-1h"));
        ui.drainTasks();
        assertEquals("This sleep overlaps another sleep of the same baby.", model.start().problemProperty().get());
    }

    @Test
    void editingFillsTheFormAndSavesInPlace() {
        Entry logged = journal.entries().log(ada.meta().id(), now().minus(Duration.ofHours(1)), null,
                new EntryData.Temperature(380, null));
        EntryFormModel model = form(EntryType.TEMPERATURE, UnitSystem.IMPERIAL, logged);
        assertTrue(model.isEditing());
        assertEquals("100.4", model.field("temperature").textProperty().get());
        assertEquals("2026-03-01 02:00", model.start().textProperty().get());
        fx(() -> model.field("temperature").textProperty().set("101"));
        Entry saved = save(model);
        assertEquals(logged.id(), saved.id());
        assertEquals(383, ((EntryData.Temperature) journal.entries().find(logged.id()).orElseThrow().data()).deciCelsius());
    }

    @Test
    void anActivityCanBeOneOfTheFamilysOwnAndARemovedOneStaysReadableOnItsEntries() {
        var swimming = journal.family().addActivityType("Swimming", "#3a7bd5", true);
        var massage = journal.family().addActivityType("Massage", null, false);
        EntryFormModel model = form(EntryType.ACTIVITY, UnitSystem.METRIC, null);
        fx(model::loadChoices);
        ui.drainTasks();
        FormField own = model.field("activityType");
        assertEquals(List.of("Massage", "Swimming"), onFx(() -> own.picks().stream().map(FormField.Pick::label).toList()));
        fx(() -> own.pickedProperty().set(swimming.meta().id()));
        assertEquals(nestling.domain.ActivityKind.CUSTOM, model.field("kind").choiceProperty().get());
        Entry saved = save(model);
        assertEquals(swimming.meta().id(), ((EntryData.Activity) saved.data()).activityTypeId());

        journal.family().removeActivityType(swimming.meta().id());
        EntryFormModel fresh = form(EntryType.ACTIVITY, UnitSystem.METRIC, null);
        fx(fresh::loadChoices);
        ui.drainTasks();
        assertEquals(List.of(massage.meta().id()), onFx(() -> fresh.field("activityType").picks().stream()
                .map(FormField.Pick::id).toList()), "a removed activity is not offered for new entries");

        EntryFormModel editing = form(EntryType.ACTIVITY, UnitSystem.METRIC, saved);
        fx(editing::loadChoices);
        ui.drainTasks();
        assertTrue(onFx(() -> editing.field("activityType").picks().stream()
                .anyMatch(p -> p.removed() && p.label().equals("Swimming (removed)"))));
        fx(() -> editing.field("notes").textProperty().set("50 m"));
        Entry edited = save(editing);
        assertEquals(swimming.meta().id(), ((EntryData.Activity) edited.data()).activityTypeId(), "its activity stays");
    }

    @Test
    void aMilestonePhotoIsDownscaledInTheBackgroundAndSaved() throws Exception {
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(2400, 1600,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(3);
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                picture.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        Path file = dir.resolve("first-smile.png");
        javax.imageio.ImageIO.write(picture, "png", file.toFile());
        EntryFormModel model = form(EntryType.MILESTONE, UnitSystem.METRIC, null);
        FormField photo = model.field("photo");
        fx(() -> {
            model.field("title").textProperty().set("First smile");
            model.choosePhoto(photo, file);
        });
        ui.drainTasks();
        byte[] scaled = onFx(photo.photoProperty()::get);
        assertTrue(scaled.length <= Baby.MAX_PHOTO_BYTES, scaled.length + " bytes");
        assertFalse(model.loadingPhotoProperty().get());
        Entry saved = save(model);
        org.junit.jupiter.api.Assertions.assertArrayEquals(scaled, ((EntryData.Milestone) saved.data()).photo());

        Path notAPicture = java.nio.file.Files.writeString(dir.resolve("notes.png"), "not a picture");
        EntryFormModel editing = form(EntryType.MILESTONE, UnitSystem.METRIC, saved);
        fx(() -> editing.choosePhoto(editing.field("photo"), notAPicture));
        ui.drainTasks();
        assertEquals(ui.context.text("entry.photo.unreadable"), editing.field("photo").problemProperty().get());
        org.junit.jupiter.api.Assertions.assertArrayEquals(scaled, editing.field("photo").photoProperty().get(),
                "the photo it had stays");
    }

    @Test
    void breastfeedingRecordsSwitchesAndPauses() {
        EntryFormModel model = form(EntryType.BREASTFEEDING, UnitSystem.METRIC, null);
        fx(() -> {
            model.start().textProperty().set("-30m");
            model.field("leftMinutes").textProperty().set("12");
            model.field("rightMinutes").textProperty().set("10");
            model.field("lastSide").choiceProperty().set(Side.RIGHT);
            model.field("sideSwitches").textProperty().set("2");
            model.field("pausedMinutes").textProperty().set("5");
        });
        EntryData.Breastfeeding feed = (EntryData.Breastfeeding) save(model).data();
        assertEquals(new EntryData.Breastfeeding(720, 600, Side.RIGHT, 2, 300, null), feed);

        EntryFormModel tooLong = form(EntryType.BREASTFEEDING, UnitSystem.METRIC, null);
        fx(() -> {
            tooLong.field("leftMinutes").textProperty().set("10");
            tooLong.field("lastSide").choiceProperty().set(Side.LEFT);
            tooLong.field("pausedMinutes").textProperty().set("20");
        });
        ui.drainTasks();
        assertEquals("The time on both sides is longer than the whole feed.",
                tooLong.field("leftMinutes").problemProperty().get(), "a pause counts toward the feed's length");
    }

    @Test
    void theDomainsMessagesShowInTheWindowsLanguage() {
        java.util.ResourceBundle german = java.util.ResourceBundle.getBundle("nestling.ui.messages", java.util.Locale.GERMAN);
        nestling.ui.common.UiContext c = ui.context;
        nestling.ui.common.UiContext inGerman = new nestling.ui.common.UiContext(german, c.vaultDirectory(),
                c.vaultOptions(), c.tasks(), c.clock(), c.tick());
        EntryFormModel model = onFx(() -> new EntryFormModel(inGerman, journal, EntryType.DIAPER, UnitSystem.METRIC,
                null, List.of(ada), ada));
        fx(() -> model.start().textProperty().set("today 9:00"));
        ui.drainTasks();
        assertEquals("Geben Sie an, ob die Windel nass, voll oder trocken war.", model.field("wet").problemProperty().get());
        assertEquals("Der Beginn liegt in der Zukunft.", model.start().problemProperty().get());
        assertNull(save(model));
    }
}
