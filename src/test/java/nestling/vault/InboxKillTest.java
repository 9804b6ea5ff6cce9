package nestling.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nestling.testsupport.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL a child JVM while it appends to the inbox: every acknowledged record is there, in order,
 * and nothing is refused (a torn last record is ignored, then cut off by the next append). A few
 * rounds in the suite; {@code -Dinbox.killRounds=30} for the long run.
 */
class InboxKillTest {
    @TempDir
    Path dir;

    @Test
    void aKillDuringAppendLosesNoAcknowledgedRecord() throws Exception {
        int rounds = Integer.getInteger("inbox.killRounds", 3);
        InboxKeys keys = InboxKeys.generate();
        InboxKeyFile.write(dir, keys.publicKey());
        Random random = new Random();
        int acked = -1;
        int tornSeen = 0;
        for (int round = 0; round < rounds; round++) {
            Process child = ChildJvm.start(InboxAppendChild.class, dir.resolve("stderr.txt"), dir.toString(),
                    String.valueOf(acked + 1));
            try (BufferedReader out = ChildJvm.stdout(child)) {
                ChildJvm.awaitLine(out, "ready", child);
                int stopAfter = acked + 1 + random.nextInt(40);
                String line;
                while ((line = out.readLine()) != null) {
                    acked = Integer.parseInt(line.substring("acked ".length()));
                    if (acked >= stopAfter) {
                        break;
                    }
                }
                child.destroyForcibly(); // SIGKILL, mid-append more often than not
                child.waitFor();
                try {
                    while ((line = out.readLine()) != null) { // acknowledged before the kill landed
                        acked = Integer.parseInt(line.substring("acked ".length()));
                    }
                } catch (java.io.IOException closedWithTheProcess) {
                    // what was left unread is checked as "written" below, not as acknowledged
                }
            }
            InboxFile.Reading reading;
            try (InboxFile.Locked inbox = InboxFile.lockForMerge(dir).orElseThrow()) {
                reading = inbox.read(keys);
            }
            tornSeen += reading.tornTail() ? 1 : 0;
            assertEquals(List.of(), reading.refused(), "round " + round);
            List<Integer> numbers = new ArrayList<>();
            for (InboxFile.Opened opened : reading.opened()) {
                numbers.add(Integer.parseInt(new String(opened.plaintext(), StandardCharsets.UTF_8).split(" ")[1]));
            }
            assertTrue(numbers.size() >= acked + 1, "round " + round + ": every acknowledged record is there");
            for (int i = 0; i < numbers.size(); i++) {
                assertEquals(i, numbers.get(i), "in order, none twice");
            }
            acked = numbers.size() - 1; // a record written but not yet acknowledged counts too
        }
        System.out.println("inbox kill rounds: " + rounds + ", records: " + (acked + 1) + ", torn tails seen: " + tornSeen);
    }
}
