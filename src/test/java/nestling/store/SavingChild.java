package nestling.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import nestling.testsupport.EntryRows;

/**
 * The child process of {@link KillDuringSaveTest}: unlocks the vault, then logs notes and flushes
 * in a loop, printing {@code ACK <marker> END} only after the flush that put the marker on disk
 * returned. It never stops by itself; the test kills it with SIGKILL.
 * Arguments: vault directory, round number.
 */
public final class SavingChild {
    private SavingChild() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args[0]);
        String round = args[1];
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Random random = new Random();
        VaultSession session = VaultSession.unlock(directory, StoreTestSupport.PASS.clone(), StoreTestSupport.fastOptions());
        out.println("READY");
        for (int i = 0; ; i++) {
            // Bursts of 1–3 commits: the background saver starts on the first one, so the kill
            // lands in background saves as well as in the flush's own.
            int burst = 1 + random.nextInt(3);
            String[] markers = new String[burst];
            for (int b = 0; b < burst; b++) {
                String marker = "r" + round + "-" + i + "-" + b;
                session.database().write(c -> {
                    EntryRows.note(c, marker);
                    return null;
                });
                markers[b] = marker;
            }
            session.flush();
            for (String marker : markers) {
                out.println("ACK " + marker + " END");
            }
        }
    }
}
