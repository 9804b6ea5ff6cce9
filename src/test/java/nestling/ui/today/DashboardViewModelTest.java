package nestling.ui.today;

import static nestling.ui.testing.UiTesting.PASS;
import static nestling.ui.testing.UiTesting.fx;
import static nestling.ui.testing.UiTesting.onFx;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nestling.backup.LastBackup;
import nestling.domain.Baby;
import nestling.domain.BottleContent;
import nestling.domain.DoseUnit;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.RunningTimer;
import nestling.domain.Sex;
import nestling.domain.Side;
import nestling.domain.SleepKind;
import nestling.domain.TimerKind;
import nestling.journal.Journal;
import nestling.store.EntryQuery;
import nestling.store.VaultSession;
import nestling.ui.testing.UiTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class DashboardViewModelTest {
    @TempDir
    Path dir;

    private UiTesting ui;
    private VaultSession session;
    private Journal journal;
    private Baby baby;
    private final AtomicInteger changes = new AtomicInteger();
    private DashboardViewModel model;
    private TodayTexts texts;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void setUp() throws Exception {
        ui = new UiTesting(dir);
        session = VaultSession.create(dir, PASS.toCharArray(), ui.context.vaultOptions());
        journal = Journal.of(session.database(), ui.clock);
        Instant born = Instant.parse("2026-02-01T00:00:00Z");
        baby = journal.family().addBaby("Ada", born, ZoneOffset.UTC, Sex.FEMALE, null);
        DashboardLoader loader = new DashboardLoader(journal, session.database());
        model = onFx(() -> new DashboardViewModel(ui.context, journal, loader, baby, changes::incrementAndGet));
        texts = new TodayTexts(ui.context);
    }

    @AfterEach
    void tearDown() {
        session.close();
        ui.context.tasks().close();
    }

    /** Waits for a command, the reload it starts, and their FX callbacks. */
    private void settle() {
        ui.drainTasks();
        ui.drainTasks();
    }

    private void reload() {
        fx(model::reload);
        settle();
    }

    private Instant ago(Duration duration) {
        return ui.clock.instant().minus(duration);
    }

    @Test
    void timeSinceTheLastFeedFollowsTheMovedClock() {
        reload();
        assertTrue(onFx(model.readings()::sinceLastFeed).isEmpty());
        assertEquals("No feed in the last 3 days", onFx(() -> texts.message("today.feed.none")));
        journal.entries().log(baby.meta().id(), ago(Duration.ofHours(5)), null,
                new EntryData.Bottle(BottleContent.FORMULA, 90, null));
        journal.entries().log(baby.meta().id(), ago(Duration.ofMinutes(130)), null,
                new EntryData.Bottle(BottleContent.FORMULA, 120, null));
        reload();
        assertEquals(Duration.ofMinutes(130), onFx(model.readings()::sinceLastFeed).orElseThrow());
        ui.clock.advance(Duration.ofMinutes(25));
        fx(model::tick);
        assertEquals(Duration.ofMinutes(155), onFx(model.readings()::sinceLastFeed).orElseThrow());
        assertEquals("2 h 35 min", texts.duration(onFx(model.readings()::sinceLastFeed).orElseThrow()));
    }

    @Test
    void theSleepCardSaysWhenTheNextNapIsLikelyAndWhy() {
        // Four earlier days: woke at this time of day, slept again 90 minutes later. Today she woke 20 min ago.
        for (int day = 1; day <= 4; day++) {
            Instant woke = ago(Duration.ofDays(day).plusMinutes(20));
            journal.entries().log(baby.meta().id(), woke.minus(Duration.ofHours(1)), woke,
                    new EntryData.Sleep(SleepKind.NAP, null, null));
            journal.entries().log(baby.meta().id(), woke.plus(Duration.ofMinutes(90)), woke.plus(Duration.ofMinutes(130)),
                    new EntryData.Sleep(SleepKind.NAP, null, null));
        }
        Instant woke = ago(Duration.ofMinutes(20));
        journal.entries().log(baby.meta().id(), woke.minus(Duration.ofHours(1)), woke,
                new EntryData.Sleep(SleepKind.NAP, null, null));
        reload();
        var next = onFx(() -> model.dataProperty().get().nextNap());
        assertEquals(woke.plus(Duration.ofMinutes(90)), next.likely());
        Instant now = ui.clock.instant();
        assertEquals("Next nap around " + ui.context.formats().time(next.earliest()) + "\u2013"
                + ui.context.formats().time(next.latest()), texts.nextNap(next, now));
        assertEquals("Usual wake window at this time: 1 h 30 min (4 days)\nFor this age: 30 min\u20131 h",
                texts.nextNapWhy(next), "Ada is under five weeks old on the test clock: the newborn range");
        ui.clock.advance(Duration.ofHours(2));
        assertTrue(texts.nextNap(next, ui.clock.instant()).startsWith("Next nap was due around"));
    }

    @Test
    void nextBreastIsTheOtherSideThanTheLastFeedStartedOn() {
        reload();
        assertEquals(Side.LEFT, onFx(model.readings()::nextSide), "left when no breastfeed is known");
        journal.entries().log(baby.meta().id(), ago(Duration.ofHours(3)), ago(Duration.ofMinutes(160)),
                new EntryData.Breastfeeding(600, 600, Side.RIGHT, 1, 0, null)); // left, then right
        reload();
        assertEquals(Side.RIGHT, onFx(model.readings()::nextSide));
        // A bottle afterwards does not change which breast is next.
        journal.entries().log(baby.meta().id(), ago(Duration.ofHours(1)), null,
                new EntryData.Bottle(null, 60, null));
        reload();
        assertEquals(Side.RIGHT, onFx(model.readings()::nextSide));
        assertEquals(Duration.ofHours(1), onFx(model.readings()::sinceLastFeed).orElseThrow());
    }

    @Test
    void aQuickWetDiaperShowsInTheBarAndUndoTakesItBack() {
        reload();
        fx(model::logWetDiaper);
        settle();
        Logged logged = onFx(model.loggedProperty()::get);
        assertNotNull(logged);
        assertEquals("Wet diaper logged for Ada at 3:00\u202fAM".replace('\u202f', ' '),
                texts.logged(logged).replace('\u202f', ' '));
        assertEquals(1, onFx(() -> model.dataProperty().get().totals().wetDiapers()));
        assertEquals(Duration.ZERO, onFx(model.readings()::sinceLastDiaper).orElseThrow());
        assertEquals(1, changes.get(), "the other screens learn of the change");

        fx(model::undo);
        settle();
        assertNull(onFx(model.loggedProperty()::get), "the bar goes away");
        assertEquals(0, onFx(() -> model.dataProperty().get().totals().wetDiapers()));
        assertTrue(onFx(model.readings()::sinceLastDiaper).isEmpty());
        assertTrue(journal.entries().list(EntryQuery.of(baby.meta().id(), ago(Duration.ofDays(1)),
                ui.clock.instant().plusSeconds(1))).isEmpty());
    }

    @Test
    void theBarGoesOnceItsEntryWasUndoneElsewhereAndItsUndoNeverTakesBackAnOlderOne() {
        reload();
        fx(model::logWetDiaper);
        settle();
        fx(model::logDirtyDiaper);
        settle();
        Logged dirty = onFx(model.loggedProperty()::get);
        journal.entries().undo(); // the shell's Ctrl+Z, or the History's undo
        reload();
        assertNull(onFx(model.loggedProperty()::get), "the bar offered an undo that is done already");
        assertDoesNotThrow(() -> dirty.undo().run()); // were it still clicked
        assertEquals(1, journal.entries().list(EntryQuery.of(baby.meta().id(), ago(Duration.ofDays(1)),
                ui.clock.instant().plusSeconds(1))).size(), "the wet diaper stays");
    }

    @Test
    void theBottleButtonRepeatsTheLastAmountAndIsOffUntilThereIsOne() {
        reload();
        fx(model::logBottle);
        settle();
        assertNull(onFx(model.loggedProperty()::get), "no amount known: nothing logged");
        assertEquals("Bottle (none yet)", onFx(() -> texts.bottleButton(model.dataProperty().get())));
        journal.entries().log(baby.meta().id(), ago(Duration.ofHours(3)), null,
                new EntryData.Bottle(BottleContent.BREAST_MILK, 110, null));
        reload();
        assertEquals("Bottle 110 ml", onFx(() -> texts.bottleButton(model.dataProperty().get())));
        ui.clock.advance(Duration.ofMinutes(1));
        fx(model::logBottle);
        settle();
        Entry last = onFx(() -> model.dataProperty().get().lastFeed());
        assertEquals(new EntryData.Bottle(BottleContent.BREAST_MILK, 110, null), last.data());
        assertEquals(ui.clock.instant(), last.start());
        assertEquals(220, onFx(() -> model.dataProperty().get().totals().bottleMl()));
        assertTrue(texts.totals(onFx(model.dataProperty()::get)).startsWith("2 feeds \u00b7 220 ml"));
    }

    @Test
    void aBreastfeedingTimerStartsSwitchesAndStopsIntoAnEntry() {
        reload();
        fx(model::startBreastfeeding);
        settle();
        RunningTimer timer = onFx(() -> model.readings().timer(TimerKind.BREASTFEEDING)).orElseThrow();
        assertEquals(Side.LEFT, timer.state().side());
        assertEquals("Breastfeeding timer started", texts.text(onFx(model.loggedProperty()::get).what()));

        ui.clock.advance(Duration.ofMinutes(7).plusSeconds(12));
        fx(model::tick);
        assertEquals("07:12", TodayTexts.stopwatch(onFx(() -> model.readings().elapsed(timer))));
        fx(() -> model.switchSide(timer));
        settle();
        RunningTimer switched = onFx(() -> model.readings().timer(TimerKind.BREASTFEEDING)).orElseThrow();
        assertEquals(Side.RIGHT, switched.state().side());
        ui.clock.advance(Duration.ofMinutes(4));
        fx(model::tick);
        assertEquals("Left 07:12 \u00b7 Right 04:00 \u00b7 now on the right",
                onFx(() -> texts.sides(switched, model.nowProperty().get())));

        fx(() -> model.stop(switched));
        settle();
        assertTrue(onFx(() -> model.readings().timer(TimerKind.BREASTFEEDING)).isEmpty());
        Entry fed = onFx(() -> model.dataProperty().get().lastFeed());
        assertEquals(EntryType.BREASTFEEDING, fed.type());
        EntryData.Breastfeeding data = (EntryData.Breastfeeding) fed.data();
        assertEquals(432, data.leftSeconds());
        assertEquals(240, data.rightSeconds());
        assertEquals(Side.RIGHT, data.lastSide());
        assertEquals(Side.RIGHT, onFx(model.readings()::nextSide), "started left: the next feed starts on the right");
        assertEquals(11, onFx(() -> model.dataProperty().get().totals().breast().toMinutes()));
        assertEquals("Breastfeeding logged", texts.text(onFx(model.loggedProperty()::get).what()));
    }

    @Test
    void pauseStopsTheClockAndUndoOfAStartDiscardsTheTimer() {
        reload();
        fx(model::startSleep);
        settle();
        RunningTimer sleep = onFx(() -> model.readings().timer(TimerKind.SLEEP)).orElseThrow();
        ui.clock.advance(Duration.ofMinutes(10));
        fx(() -> model.pause(sleep));
        settle();
        ui.clock.advance(Duration.ofMinutes(30));
        fx(model::tick);
        RunningTimer paused = onFx(() -> model.readings().timer(TimerKind.SLEEP)).orElseThrow();
        assertTrue(paused.state().paused());
        assertEquals(Duration.ofMinutes(10), onFx(() -> model.readings().elapsed(paused)));
        fx(() -> model.resume(paused));
        settle();
        assertFalse(onFx(() -> model.readings().timer(TimerKind.SLEEP)).orElseThrow().state().paused());

        fx(model::startBreastfeeding);
        settle();
        fx(model::undo); // the bar's action: the breastfeeding start
        settle();
        assertTrue(onFx(() -> model.readings().timer(TimerKind.BREASTFEEDING)).isEmpty(), "the started timer is thrown away");
        assertTrue(onFx(() -> model.readings().timer(TimerKind.SLEEP)).isPresent(), "the other timer runs on");
    }

    @Test
    void asleepWhileTheSleepTimerRunsThenAwakeSinceItStopped() {
        reload();
        assertTrue(onFx(model.readings()::sleepState).isEmpty());
        fx(model::startSleep);
        settle();
        ui.clock.advance(Duration.ofMinutes(40));
        fx(model::tick);
        assertEquals(new DashboardReadings.SleepState(true, Duration.ofMinutes(40)), onFx(model.readings()::sleepState).orElseThrow());
        fx(() -> model.stop(model.readings().timer(TimerKind.SLEEP).orElseThrow()));
        settle();
        ui.clock.advance(Duration.ofMinutes(15));
        fx(model::tick);
        assertEquals(new DashboardReadings.SleepState(false, Duration.ofMinutes(15)), onFx(model.readings()::sleepState).orElseThrow());
        assertEquals(40, onFx(() -> model.dataProperty().get().totals().sleep().toMinutes()));
    }

    @Test
    void stoppingATimerAnotherWindowThrewAwaySaysSoInTheWindowsWords() {
        reload();
        fx(model::startSleep);
        settle();
        RunningTimer sleep = onFx(() -> model.readings().timer(TimerKind.SLEEP)).orElseThrow();
        journal.timers().discard(sleep.meta().id());
        fx(() -> model.stop(sleep));
        settle();
        assertEquals(ui.context.text("today.gone"), onFx(model.errorProperty()::get));
    }

    @Test
    void anOverlappingSleepIsRefusedWithAMessage() {
        reload();
        fx(model::startSleep);
        settle();
        ui.clock.advance(Duration.ofMinutes(60));
        // Another window logged a nap inside the timer's time meanwhile.
        journal.entries().log(baby.meta().id(), ago(Duration.ofMinutes(40)), ago(Duration.ofMinutes(20)),
                new EntryData.Sleep(nestling.domain.SleepKind.NAP, null, null));
        fx(() -> model.stop(model.readings().timer(TimerKind.SLEEP).orElseThrow()));
        settle();
        assertTrue(onFx(model.errorProperty()::get).startsWith("Not saved:"), onFx(model.errorProperty()::get));
        assertTrue(onFx(() -> model.readings().timer(TimerKind.SLEEP)).isPresent(), "the timer keeps running");
    }

    @Test
    void nextDoseAndBackupAgeAndReminder() {
        journal.entries().log(baby.meta().id(), ago(Duration.ofHours(2)), null,
                new EntryData.Medicine("Paracetamol", new BigDecimal("2.5"), DoseUnit.ML, 360, null));
        reload();
        DashboardData data = onFx(model.dataProperty()::get);
        assertEquals(List.of(new nestling.reminders.DueDose("Paracetamol", ui.clock.instant().plus(Duration.ofHours(4)))), data.nextDoses());
        assertEquals("Paracetamol: next dose from 7:00\u202fAM".replace('\u202f', ' '),
                texts.nextDoses(data, ui.clock.instant()).replace('\u202f', ' '));
        assertFalse(data.backupDue(), "never backed up, but the first entry is new: not on day one");
        assertEquals("No backup made on this computer yet.", texts.backup(data, ui.clock.instant(), ZoneOffset.UTC));
        assertEquals(List.of(), onFx(() -> model.reminderCards().calling(true)).stream()
                .filter(r -> r.kind() == nestling.reminders.ReminderKind.BACKUP).toList());
        ui.clock.advance(Duration.ofDays(7));
        reload();
        data = onFx(model.dataProperty()::get);
        assertTrue(data.backupDue(), "a week after the first entry was written");
        assertTrue(texts.backup(data, ui.clock.instant(), ZoneOffset.UTC).startsWith("No backup made on this computer yet. Time"));

        LastBackup.record(session.database(), ago(Duration.ofDays(9)));
        reload();
        data = onFx(model.dataProperty()::get);
        assertEquals("Last backup 9 days ago. Time for a backup (the reminder is every 7 days): see Backup.",
                texts.backup(data, ui.clock.instant(), ZoneOffset.UTC));
        LastBackup.record(session.database(), ago(Duration.ofHours(1)));
        reload();
        assertEquals("Last backup today.", texts.backup(onFx(model.dataProperty()::get), ui.clock.instant(), ZoneOffset.UTC));
    }

    @Test
    void theCardsAreDrawnAgainWhenTheDayChangesAndFoldBeyondThreeUntilOpened() {
        for (int i = 0; i < 4; i++) { // due at 00:00, 00:30, 01:00, 01:30; all overdue from 02:00
            journal.entries().log(baby.meta().id(), ago(Duration.ofMinutes(240 - 30 * i)), null,
                    new EntryData.Medicine("Dose " + i, BigDecimal.ONE, DoseUnit.ML, 60, null));
        }
        reload();
        var data = new javafx.beans.property.SimpleObjectProperty<>(onFx(model.dataProperty()::get));
        var now = new javafx.beans.property.SimpleObjectProperty<>(Instant.parse("2026-03-01T02:50:00Z"));
        // midnight at 03:00 UTC, so a tick crosses it without the dashboard's own reload of the day
        ReminderCardsModel cards = new ReminderCardsModel(data, now, new javafx.beans.property.SimpleBooleanProperty(),
                baby.meta().id(), false, () -> null, work -> { }, ZoneOffset.ofHours(-3));
        List<ShownReminders> drawn = new java.util.ArrayList<>();
        cards.whenChanged(false, drawn::add);
        assertEquals(1, drawn.size());
        assertEquals(2, drawn.getLast().hidden(), "two cards and '+2 more'");
        now.set(Instant.parse("2026-03-01T02:55:00Z"));
        assertEquals(1, drawn.size(), "a tick that changes nothing draws nothing");
        now.set(Instant.parse("2026-03-01T03:10:00Z"));
        assertEquals(2, drawn.size(), "past midnight: 'yesterday 21:00'");
        cards.showAll(true);
        assertEquals(4, cards.calling(false).size());
        assertEquals(new ShownReminders(cards.calling(false), 0), drawn.getLast(), "'+2 more' opens all four");
        assertTrue(drawn.getLast().foldable(), "'Show fewer' below the four");
        now.set(Instant.parse("2026-03-01T01:10:00Z"));
        assertEquals(3, drawn.getLast().cards().size());
        assertFalse(drawn.getLast().foldable());
        now.set(Instant.parse("2026-03-01T03:10:00Z"));
        assertEquals(2, drawn.getLast().hidden(), "folded again once few enough had called");
    }

    private int diapers() {
        return journal.entries().list(EntryQuery.of(baby.meta().id(), ago(Duration.ofDays(1)),
                ui.clock.instant().plusSeconds(60))).size();
    }

    @Test
    void theSameQuickLogWithinTwoSecondsIsIgnoredAndSaidSoByTheMovedClock() {
        reload();
        fx(model::logWetAndDirtyDiaper);
        settle();
        ui.clock.advance(Duration.ofMillis(1900));
        fx(model::logWetAndDirtyDiaper); // a double-click, or Space on the still-focused button
        settle();
        assertEquals(1, diapers(), "one diaper");
        EntryData.Diaper diaper = (EntryData.Diaper) onFx(() -> model.dataProperty().get().lastDiaper()).data();
        assertTrue(diaper.wet() && diaper.dirty(), "one entry that is wet and dirty");
        assertEquals("Already logged 1 s ago: wet + dirty diaper for Ada. Not logged twice.",
                onFx(model.repeatNoticeProperty()::get));
        assertNotNull(onFx(model.loggedProperty()::get), "the first one's Undo stays");

        fx(model::logWetDiaper); // another kind is no repeat
        settle();
        assertEquals(2, diapers());
        assertEquals("", onFx(model.repeatNoticeProperty()::get));
        ui.clock.advance(Duration.ofMillis(100)); // 2 s after the first
        fx(model::logWetAndDirtyDiaper);
        settle();
        assertEquals(3, diapers(), "2 s later it is a new diaper");
        fx(model::undo);
        settle();
        fx(model::logWetAndDirtyDiaper);
        settle();
        assertEquals(3, diapers(), "what was taken back may be logged again at once");
    }

    @Test
    void theSleepKeyPressedTwiceDoesNotStopTheSleepItJustStarted() {
        reload();
        fx(model::toggleSleep);
        settle();
        fx(model::toggleSleep);
        settle();
        assertTrue(onFx(() -> model.readings().timer(TimerKind.SLEEP)).isPresent(), "still asleep");
        ui.clock.advance(Duration.ofMinutes(30));
        fx(model::toggleSleep);
        settle();
        assertTrue(onFx(() -> model.readings().timer(TimerKind.SLEEP)).isEmpty(), "stopped half an hour later");
    }

    @Test
    void aFeedStartsOnTheChosenBreastWhateverIsSuggestedAndNoneIsSuggestedMeanwhile() {
        reload();
        assertEquals(java.util.Optional.of(Side.LEFT), onFx(model.readings()::suggestedSide));
        fx(() -> model.breastOn(Side.RIGHT));
        settle();
        RunningTimer feed = onFx(() -> model.readings().timer(TimerKind.BREASTFEEDING)).orElseThrow();
        assertEquals(Side.RIGHT, feed.state().side());
        assertTrue(onFx(model.readings()::suggestedSide).isEmpty(), "no suggestion during a feed");
        ui.clock.advance(Duration.ofMinutes(5));
        fx(() -> model.breastOn(Side.LEFT)); // L during a feed on the right: switch
        settle();
        assertEquals(Side.LEFT, onFx(() -> model.readings().timer(TimerKind.BREASTFEEDING)).orElseThrow().state().side());
        ui.clock.advance(Duration.ofMinutes(5));
        fx(model::toggleBreastfeeding);
        settle();
        assertEquals(Side.LEFT, onFx(model.readings()::nextSide), "started right: the next starts left");
    }
}
