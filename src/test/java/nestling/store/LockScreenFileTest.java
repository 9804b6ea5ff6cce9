package nestling.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nestling.domain.BottleContent;
import nestling.domain.EntryData;
import nestling.domain.Side;
import nestling.domain.TimerKind;
import nestling.journal.Journal;
import nestling.store.LockScreenState.LockedBaby;
import nestling.store.LockScreenState.LockedTimer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** nestling.lock-screen: what the lock screen needs, read back as written; gone when the setting is off. */
class LockScreenFileTest {
    private static final Instant NOW = Instant.parse("2026-03-01T03:00:00Z");

    @TempDir
    Path dir;

    @Test
    void holdsTheBabiesTimersLastBottleAndCaregiverAndIsDeletedWhenOff() throws Exception {
        try (Database database = Database.createEmpty()) {
            Journal journal = Journal.of(database, Clock.fixed(NOW.minusSeconds(600), ZoneOffset.UTC));
            var ada = journal.family().addBaby("Ada", Instant.parse("2026-01-10T08:30:00Z"), ZoneOffset.UTC, null, null);
            var sam = journal.family().addCaregiver("Sam", null, null);
            journal.family().setCurrentCaregiver(sam.meta().id());
            journal.entries().log(ada.meta().id(), NOW.minusSeconds(7200), null,
                    new EntryData.Bottle(BottleContent.FORMULA, 120, "a note never shown"));
            var feed = journal.timers().start(ada.meta().id(), TimerKind.BREASTFEEDING, null, Side.LEFT);
            journal.timers().pause(feed.meta().id());

            LockScreenFile.update(dir, database, NOW);
            LockScreenState state = LockScreenFile.readState(dir).orElseThrow();
            assertEquals(sam.meta().id(), state.caregiver());
            LockedBaby baby = state.babies().getFirst();
            assertEquals("Ada", baby.name());
            assertEquals(120, baby.bottleMl());
            assertEquals(BottleContent.FORMULA, baby.bottleContent());
            LockedTimer timer = baby.timers().getFirst();
            assertEquals(feed.meta().id(), timer.id());
            assertTrue(timer.state().paused(), "the timer's state as stored: paused");
            assertEquals(feed.startedAt(), timer.startedAt());
            String text = Files.readString(LockScreenFile.path(dir), StandardCharsets.UTF_8);
            assertFalse(text.contains("a note never shown") || text.contains("Sam"), "no note, no caregiver's name: " + text);

            LockScreenFile.enable(database, false);
            LockScreenFile.update(dir, database, NOW);
            assertFalse(Files.exists(LockScreenFile.path(dir)), "off: no file");
            assertTrue(LockScreenFile.readState(dir).isEmpty());
        }
    }

    @Test
    void readsAFileOfTheFirstFormatAsBabiesWithoutTimers() throws Exception {
        Files.writeString(LockScreenFile.path(dir),
                "{\"format\":1,\"babies\":[{\"id\":\"6142dde1-9703-4c48-b15c-ba054edc8de2\",\"name\":\"Ada\"}]}");
        List<LockedBaby> babies = LockScreenFile.read(dir);
        assertEquals("Ada", babies.getFirst().name());
        assertNull(babies.getFirst().bottleMl());
        assertEquals(List.of(), babies.getFirst().timers());
    }

    @Test
    void writersAtTheSameMomentTakeTurns() throws Exception {
        // The saver's after-save hook and the unlock both update the file: one temp file name, so
        // without turns the second rename failed (seen in the packaged window's log at unlock).
        try (Database database = Database.createEmpty()) {
            Journal journal = Journal.of(database, Clock.fixed(NOW, ZoneOffset.UTC));
            journal.family().addBaby("Ada", Instant.parse("2026-01-10T08:30:00Z"), ZoneOffset.UTC, null, null);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            try {
                List<java.util.concurrent.Future<?>> writes = new java.util.ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    Instant at = NOW.plusSeconds(i); // a new content each time, so each one writes
                    writes.add(pool.submit(() -> {
                        LockScreenFile.update(dir, database, at);
                        return null;
                    }));
                }
                for (java.util.concurrent.Future<?> write : writes) {
                    write.get(); // throws what a write threw
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals("Ada", LockScreenFile.readState(dir).orElseThrow().babies().getFirst().name());
            try (var left = Files.list(dir)) {
                assertEquals(List.of(LockScreenFile.NAME), left.map(p -> p.getFileName().toString()).toList(),
                        "no temp file left behind");
            }
        }
    }
}
