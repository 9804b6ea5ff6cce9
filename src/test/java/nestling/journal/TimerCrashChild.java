package nestling.journal;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import nestling.domain.RunningTimer;
import nestling.domain.Side;
import nestling.domain.TimerKind;
import nestling.store.VaultSession;
import nestling.vault.VaultOptions;

/**
 * Run in a child JVM by {@link TimerRecoveryTest}: unlocks the vault (passphrase on stdin), starts
 * a breastfeeding timer, switches side, waits until that is on disk, says READY and then waits to
 * be killed without ever closing the vault.
 */
public final class TimerCrashChild {
    private TimerCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        UUID babyId = UUID.fromString(args[1]);
        String passphrase = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        VaultSession session = VaultSession.unlock(dir, passphrase.toCharArray(), VaultOptions.defaults().withFastKdfForTests());
        Journal journal = Journal.of(session.database(), Clock.systemUTC());
        RunningTimer timer = journal.timers().start(babyId, TimerKind.BREASTFEEDING, null, Side.LEFT);
        journal.timers().switchSide(timer.meta().id());
        session.flush();
        System.out.println("READY " + timer.meta().id());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
