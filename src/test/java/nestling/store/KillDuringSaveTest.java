package nestling.store;

import static nestling.store.StoreTestSupport.PASS;
import static nestling.store.StoreTestSupport.fastOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import nestling.testsupport.ChildJvm;
import nestling.testsupport.EntryRows;
import nestling.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash at any moment of a save keeps every acknowledged entry: a child JVM logs and flushes in a
 * loop and is killed with SIGKILL (no shutdown hooks, no finally blocks) at a random moment; the
 * vault must then open, pass SQLite's integrity check, and hold every marker the child printed as
 * saved. The data is padded so a save writes a few hundred KB, making mid-write kills likely.
 */
class KillDuringSaveTest {
    private static final int ROUNDS = 30;
    private static final int PADDING_ENTRIES = 3000;

    @TempDir
    Path dir;

    @TempDir
    Path logs;

    @Test
    void everyAcknowledgedEntrySurvivesSigkillAtRandomMoments() throws Exception {
        createPaddedVault();
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Path log = logs.resolve("saving-child.log");
        Set<String> acknowledged = new HashSet<>();
        int killedMidSave = 0;
        int roundsWithAcks = 0;
        for (int round = 0; round < ROUNDS; round++) {
            String context = "round " + round + " (seed " + seed + ", child log " + log + ")";
            // Kill after 0–2 acknowledged saves plus 0–150 ms: anchored to the child's progress, so a
            // loaded machine (slow saves) still gets kills inside and between saves, not only at startup.
            List<String> acks = runAndKill(round, random.nextInt(3), random.nextInt(150), log, context);
            acknowledged.addAll(acks);
            roundsWithAcks += acks.isEmpty() ? 0 : 1;
            if (Files.exists(dir.resolve("nestling.vault.tmp"))) {
                killedMidSave++;
            }
            try (VaultSession session = VaultSession.unlock(dir, PASS, fastOptions())) {
                assertEquals("ok", session.database().read(c -> Database.single(c, "PRAGMA integrity_check")), context);
                Set<String> present = new HashSet<>(session.database().read(EntryRows::noteTexts));
                List<String> lost = acknowledged.stream().filter(m -> !present.contains(m)).sorted().toList();
                assertTrue(lost.isEmpty(), "acknowledged but lost after the kill in " + context + ": " + lost);
            }
        }
        assertTrue(roundsWithAcks >= ROUNDS / 2, "most kills come after some saves: " + roundsWithAcks);
        // Evidence the kills hit the write itself, not only the gaps between saves.
        System.out.printf("kill-during-save: %d rounds, %d markers acknowledged, %d kills left a temp file%n",
                ROUNDS, acknowledged.size(), killedMidSave);
    }

    /**
     * Starts a child, kills it {@code delayMillis} after it acknowledged {@code afterAcks} markers,
     * and returns the markers it acknowledged.
     */
    private List<String> runAndKill(int round, int afterAcks, int delayMillis, Path log, String context) throws Exception {
        Process child = ChildJvm.start(SavingChild.class, log, dir.toString(), Integer.toString(round));
        AtomicBoolean killed = new AtomicBoolean();
        List<String> acks = java.util.Collections.synchronizedList(new ArrayList<>());
        try (BufferedReader out = ChildJvm.stdout(child)) {
            ChildJvm.awaitLine(out, "READY", child);
            Thread killer = Thread.ofVirtual().start(() -> {
                try {
                    long giveUp = System.nanoTime() + 20_000_000_000L;
                    while (acks.size() < afterAcks && child.isAlive() && System.nanoTime() < giveUp) {
                        Thread.sleep(1);
                    }
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                killed.set(child.isAlive());
                // SIGKILL through the handle: Process.destroyForcibly would also close our end of
                // the pipe, losing the acknowledgements still buffered in it.
                child.toHandle().destroyForcibly();
            });
            // Everything read here was printed before the kill, so it was acknowledged before it.
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ACK ") && line.endsWith(" END")) {
                    acks.add(line.substring(4, line.length() - 4));
                }
            }
            killer.join();
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
        if (!killed.get()) {
            fail("the child ended by itself before the kill in " + context + ": " + Files.readString(log));
        }
        return acks;
    }

    private void createPaddedVault() throws Exception {
        try (VaultSession session = VaultSession.create(dir, PASS, fastOptions())) {
            session.database().write(c -> {
                try (PreparedStatement insert = EntryRows.prepare(c)) {
                    for (int i = 0; i < PADDING_ENTRIES; i++) {
                        EntryRows.add(insert, new byte[16], new byte[16], "bottle", i * 60_000L, null,
                                "{\"content\":\"formula\",\"ml\":" + (60 + i % 120) + "}");
                    }
                }
                return null;
            });
            session.flush();
            System.out.println("kill-during-save: vault file " + Files.size(Vault.vaultFile(dir)) + " bytes");
        }
    }
}
