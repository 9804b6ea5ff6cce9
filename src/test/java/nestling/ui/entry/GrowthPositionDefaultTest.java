package nestling.ui.entry;

import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nestling.domain.Baby;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.LengthPosition;
import nestling.domain.Sex;
import nestling.domain.UnitSystem;
import nestling.ui.testing.JournalFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * The WHO measure length lying under 2 years and height standing from 2: a new growth entry
 * starts with the position the baby's age on its day calls for, whatever was logged last.
 */
class GrowthPositionDefaultTest {
    @TempDir
    Path dir;

    private JournalFixture fixture;
    private Baby toddler;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void setUp() {
        fixture = new JournalFixture(dir);
        // The test clock reads 2026-03-01: Ada is 7 weeks old; Theo turned 2 on 2026-02-27.
        toddler = fixture.journal.family().addBaby("Theo", Instant.parse("2024-02-27T10:00:00Z"), ZoneOffset.UTC,
                Sex.MALE, null);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private EntryFormModel form(Baby baby) {
        EntryFormModel model = onFx(() -> new EntryFormModel(fixture.ui.context, fixture.journal, EntryType.GROWTH,
                UnitSystem.METRIC, null, List.of(fixture.ada, toddler), baby));
        fx(model::loadDefaults);
        fixture.ui.drainTasks();
        return model;
    }

    @Test
    void lyingUnderTwoYearsEvenWhenTheLastWasStanding() {
        fixture.journal.entries().log(fixture.ada.meta().id(), Instant.parse("2026-02-20T09:00:00Z"), null,
                new EntryData.Growth(null, 540, LengthPosition.STANDING, null, null));
        EntryFormModel model = form(fixture.ada);
        assertEquals(LengthPosition.LYING, onFx(() -> model.field("position").choiceProperty().get()));
    }

    @Test
    void standingFromTheSecondBirthdayOnFollowingTheDayAndTheBaby() {
        EntryFormModel model = form(toddler);
        assertEquals(LengthPosition.STANDING, onFx(() -> model.field("position").choiceProperty().get()),
                "two days after his second birthday");
        fx(() -> model.start().textProperty().set("2026-02-26 09:00"));
        assertEquals(LengthPosition.LYING, onFx(() -> model.field("position").choiceProperty().get()),
                "the day before it");
        fx(() -> model.start().textProperty().set("2026-02-27 09:00"));
        assertEquals(LengthPosition.STANDING, onFx(() -> model.field("position").choiceProperty().get()),
                "on his second birthday");
        fx(() -> model.babyProperty().set(fixture.ada));
        assertEquals(LengthPosition.LYING, onFx(() -> model.field("position").choiceProperty().get()));
        fx(() -> model.field("position").choiceProperty().set(LengthPosition.STANDING));
        fx(() -> model.babyProperty().set(toddler));
        fx(() -> model.start().textProperty().set("2026-02-20 09:00"));
        assertEquals(LengthPosition.STANDING, onFx(() -> model.field("position").choiceProperty().get()),
                "what the parent picked stays");
    }
}
