package nestling.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.RunningTimer;
import nestling.domain.Sex;
import nestling.domain.Side;
import nestling.domain.TimerKind;
import nestling.store.VaultSession;
import nestling.testsupport.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A timer started in a process that is then killed is found running when the vault is opened again. */
class TimerRecoveryTest {
    @TempDir
    Path dir;

    @Test
    void aTimerSurvivesAKilledProcess() throws Exception {
        UUID babyId;
        try (VaultSession session = VaultSession.create(dir, VaultRoundTripTest.PASS, VaultRoundTripTest.fast())) {
            babyId = Journal.of(session.database(), Clock.systemUTC()).family()
                    .addBaby("Ada", Instant.now().minus(Duration.ofDays(60)), ZoneOffset.UTC, Sex.FEMALE, null).meta().id();
            session.flush();
        }

        Process child = ChildJvm.start(TimerCrashChild.class, Files.createTempFile("timer-child", ".log"),
                dir.toString(), babyId.toString());
        String timerId;
        try {
            try (OutputStream in = child.getOutputStream()) {
                in.write((new String(VaultRoundTripTest.PASS) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertTrue(line != null && line.startsWith("READY "), "the child reported: " + line);
            timerId = line.substring("READY ".length());
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child ended");
        }

        try (VaultSession session = VaultSession.unlock(dir, VaultRoundTripTest.PASS, VaultRoundTripTest.fast())) {
            Journal journal = Journal.of(session.database(), Clock.systemUTC());
            List<RunningTimer> running = journal.timers().running(babyId);
            assertEquals(1, running.size());
            RunningTimer timer = running.getFirst();
            assertEquals(timerId, timer.meta().id().toString());
            assertEquals(TimerKind.BREASTFEEDING, timer.kind());
            assertEquals(Side.RIGHT, timer.state().side(), "the side switch before the crash was kept");
            assertEquals(1, timer.state().sideSwitches());
            Entry feed = journal.timers().stop(timer.meta().id());
            assertEquals(Side.RIGHT, ((EntryData.Breastfeeding) feed.data()).lastSide());
            assertEquals(List.of(), journal.timers().running(babyId));
        }
    }
}
