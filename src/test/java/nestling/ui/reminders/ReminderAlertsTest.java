package nestling.ui.reminders;

import static nestling.ui.testing.UiTesting.PASS;
import static nestling.ui.testing.UiTesting.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.UUID;
import nestling.backup.LastBackup;
import nestling.domain.EntryData;
import nestling.domain.Sex;
import nestling.journal.Journal;
import nestling.notify.LinuxNotifier;
import nestling.notify.Notifier;
import nestling.reminders.ReminderBook;
import nestling.reminders.ReminderSettings;
import nestling.store.VaultSession;
import nestling.ui.testing.UiTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** When the window is behind: one notification per reminder, without names; none while locked; the fallback. */
class ReminderAlertsTest {
    @TempDir
    Path dir;

    private UiTesting ui;
    private VaultSession session;
    private final List<String> shown = new CopyOnWriteArrayList<>();
    private final AtomicInteger attention = new AtomicInteger();
    private final AtomicBoolean inFront = new AtomicBoolean();
    private final AtomicBoolean locked = new AtomicBoolean();
    private final Notifier recording = (title, body) -> shown.add(title + ": " + body);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void setUp() throws Exception {
        ui = new UiTesting(dir);
        session = VaultSession.create(dir, PASS.toCharArray(), ui.context.vaultOptions());
        Journal journal = Journal.of(session.database(), ui.clock);
        Instant now = ui.clock.instant();
        UUID ada = journal.family().addBaby("Ada Lovelace", now.minus(Duration.ofDays(40)), ZoneOffset.UTC, Sex.FEMALE,
                null).meta().id();
        journal.entries().log(ada, now.minus(Duration.ofMinutes(125)), null,
                new EntryData.Diaper(true, false, false, null, null, false, null));
        ReminderSettings.DEFAULTS.withDiaper(Duration.ofHours(2), Duration.ofMinutes(30)).store(session.database());
        LastBackup.record(session.database(), now);
    }

    @AfterEach
    void tearDown() {
        session.close();
        ui.context.tasks().close();
    }

    private ReminderAlerts alerts(Notifier notifier) {
        return new ReminderAlerts(ui.context, new ReminderBook(Journal.of(session.database(), ui.clock),
                session.database(), ui.clock), inFront::get, locked::get, notifier, attention::incrementAndGet);
    }

    private void look(ReminderAlerts alerts) {
        fx(alerts::check);
        ui.drainTasks();
        ui.drainTasks(); // the read, then the notifier
    }

    @Test
    void behindTheWindowEachStateIsAnnouncedOnceAndNeverWithTheBabysName() {
        ReminderAlerts alerts = alerts(recording);
        look(alerts);
        look(alerts);
        assertEquals(List.of("Nestling: A diaper check is due"), shown);
        ui.clock.advance(Duration.ofMinutes(30));
        look(alerts);
        assertEquals(List.of("Nestling: A diaper check is due", "Nestling: A diaper check is overdue"), shown);
        assertEquals(0, attention.get());
    }

    @Test
    void inFrontTheCardIsEnough() {
        inFront.set(true);
        ReminderAlerts alerts = alerts(recording);
        look(alerts);
        inFront.set(false);
        look(alerts);
        assertEquals(List.of(), shown, "seen on the card already");
    }

    @Test
    void whileLockedNothingIsReadAndAfterTheUnlockWhatCameDueIsAnnounced() throws Exception {
        locked.set(true);
        ReminderAlerts before = alerts(recording);
        session.flush();
        session.close(); // locked: the data is out of memory, a read would fail
        ui.clock.advance(Duration.ofHours(1));
        look(before);
        assertEquals(List.of(), shown);
        assertEquals(0, attention.get());
        locked.set(false);
        session = VaultSession.unlock(dir, PASS.toCharArray(), ui.context.vaultOptions());
        look(alerts(recording)); // the unlocked shell's new watch
        assertEquals(List.of("Nestling: A diaper check is overdue"), shown);
    }

    @Test
    void withoutANotificationServiceTheWindowAsksForAttention() {
        ReminderAlerts alerts = alerts(new LinuxNotifier((command, timeout) -> 0, name -> Optional.empty()));
        look(alerts);
        assertEquals(1, attention.get());
        ReminderAlerts failing = alerts(new LinuxNotifier((command, timeout) -> 1,
                name -> Optional.of(Path.of("/usr/bin", name))));
        ui.clock.advance(Duration.ofMinutes(30));
        look(failing);
        assertEquals(2, attention.get());
    }
}
