package nestling.backup.sync;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nestling.ui.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three laptops (three vaults in folders) take turns with one stick in random orders, each
 * logging, editing and deleting in between: once each has synced after the last change, all hold
 * the same records, and syncing again changes nothing, neither here nor on the stick.
 */
class StickSyncPropertiesTest {
    /** A few each run, new ones every run (-Dnestling.property.tries=N for more, -Dnestling.property.seed=S to replay). */
    private static final int SCHEDULES = Integer.getInteger("nestling.property.tries", 4);

    @TempDir
    Path dir;

    @Test
    void anyOrderOfSyncsAmongThreeLaptopsConvergesAndSyncingAgainChangesNothing() throws Exception {
        long seed = Long.getLong("nestling.property.seed", System.nanoTime());
        for (int schedule = 0; schedule < SCHEDULES; schedule++) {
            Random random = new Random(seed + schedule);
            Path home = Files.createDirectories(dir.resolve("s" + schedule));
            String where = "seed " + (seed + schedule);
            run(random, home, where);
        }
    }

    private static void run(Random random, Path home, String where) throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"));
        Path stick = Files.createDirectories(home.resolve("stick"));
        List<SyncLaptop> laptops = List.of(new SyncLaptop("a", home, clock), new SyncLaptop("b", home, clock),
                new SyncLaptop("c", home, clock));
        try {
            UUID baby = laptops.getFirst().addBaby("Ada");
            List<UUID> entries = new ArrayList<>();
            StringBuilder log = new StringBuilder(where).append(':');
            for (SyncLaptop laptop : laptops) {
                laptop.sync(stick);
            }
            for (int turn = 0, turns = 3 + random.nextInt(5); turn < turns; turn++) {
                SyncLaptop laptop = laptops.get(random.nextInt(3));
                for (int change = random.nextInt(4); change > 0; change--) {
                    clock.advance(Duration.ofMinutes(1 + random.nextInt(30)));
                    change(laptop, random, baby, entries, log);
                }
                if (random.nextInt(4) > 0) { // sometimes a laptop changes things and does not sync this turn
                    clock.advance(Duration.ofSeconds(10));
                    laptop.sync(stick);
                    log.append(' ').append(laptop.name).append(">stick");
                }
            }
            // each laptop syncs once after the last change, then once more to bring the others' back
            for (int round = 0; round < 2; round++) {
                for (SyncLaptop laptop : laptops) {
                    clock.advance(Duration.ofSeconds(10));
                    laptop.sync(stick);
                }
            }
            String expected = laptops.getFirst().records();
            for (SyncLaptop laptop : laptops) {
                assertEquals(expected, laptop.records(), log + ": " + laptop.name + " differs");
            }
            byte[] stickBefore = Files.readAllBytes(stick.resolve(StickFolder.FAMILY_FILE));
            for (SyncLaptop laptop : laptops) {
                StickSync.Result again = laptop.sync(stick);
                assertFalse(again.merged().changedAnything(), log + ": " + laptop.name + " changed on a second sync");
                assertFalse(again.stickWritten(), log + ": the stick was rewritten with nothing new");
                assertEquals(expected, laptop.records(), log.toString());
            }
            assertArrayEquals(stickBefore, Files.readAllBytes(stick.resolve(StickFolder.FAMILY_FILE)), log.toString());
        } finally {
            laptops.forEach(SyncLaptop::close);
        }
    }

    private static void change(SyncLaptop laptop, Random random, UUID baby, List<UUID> entries, StringBuilder log) {
        List<UUID> known = entries.stream().filter(id -> laptop.journal.entries().find(id).isPresent()).toList();
        int what = known.isEmpty() ? 0 : random.nextInt(4);
        switch (what) {
            case 0, 1 -> {
                entries.add(laptop.bottle(baby, Instant.parse("2026-11-30T20:00:00Z").plusSeconds(60L * random.nextInt(600)),
                        10 + random.nextInt(200)));
                log.append(' ').append(laptop.name).append(":log");
            }
            case 2 -> {
                laptop.editBottle(known.get(random.nextInt(known.size())), 10 + random.nextInt(200));
                log.append(' ').append(laptop.name).append(":edit");
            }
            default -> {
                laptop.journal.entries().delete(known.get(random.nextInt(known.size())));
                log.append(' ').append(laptop.name).append(":delete");
            }
        }
    }
}
