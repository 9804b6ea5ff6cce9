package nestling.backup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The fast id checks of a large import agree with the obvious ones (a hash set, UUID parsing). */
class SeenIdsTest {
    @Test
    void answersLikeAHashSetForAscendingShuffledAndRepeatedIds() {
        Random random = new Random(5);
        for (int round = 0; round < 200; round++) {
            List<byte[]> ids = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                byte[] id = new byte[16];
                random.nextBytes(id);
                ids.add(id);
            }
            ids.sort(java.util.Arrays::compareUnsigned); // an export's order
            if (round % 2 == 1) { // a hand-edited file: partly shuffled
                java.util.Collections.swap(ids, random.nextInt(50), random.nextInt(50));
            }
            for (int i = 0; i < 3; i++) { // repeats, anywhere, including right after themselves
                int at = random.nextInt(ids.size());
                ids.add(random.nextInt(ids.size() + 1), ids.get(at).clone());
            }
            SeenIds seen = new SeenIds();
            Set<String> expected = new HashSet<>();
            for (byte[] id : ids) {
                assertTrue(seen.add(id) == expected.add(Ids.toText(id)), "round " + round);
            }
        }
    }

    @Test
    void highBytesCountAsUnsignedLikeSqliteSortsBlobs() {
        SeenIds seen = new SeenIds();
        assertTrue(seen.add(Ids.parse("00000000-0000-0000-0000-000000000001")));
        assertTrue(seen.add(Ids.parse("7fffffff-ffff-ffff-ffff-ffffffffffff")));
        assertTrue(seen.add(Ids.parse("80000000-0000-0000-0000-000000000000")));
        assertTrue(seen.add(Ids.parse("ffffffff-ffff-ffff-ffff-ffffffffffff")));
        assertFalse(seen.add(Ids.parse("7fffffff-ffff-ffff-ffff-ffffffffffff")));
    }

    @Test
    void idsParseExactlyTheCanonicalLowerCaseForm() {
        Random random = new Random(6);
        for (int i = 0; i < 1000; i++) {
            UUID uuid = new UUID(random.nextLong(), random.nextLong());
            byte[] bytes = Ids.parse(uuid.toString());
            assertArrayEquals(bytes, Ids.parse(Ids.toText(bytes)));
            assertTrue(uuid.toString().equals(Ids.toText(bytes)));
        }
        String good = "0123abcd-4567-89ef-0a1b-2c3d4e5f6789";
        assertTrue(Ids.parse(good) != null);
        for (String bad : List.of(good.toUpperCase(java.util.Locale.ROOT), good.replace('-', '_'), good.substring(1),
                good + "0", "0123abcd4567-89ef-0a1b-2c3d4e5f67890", " " + good.substring(1), good.replace('a', 'g'),
                good.replace("0123", "012\u0663"), "")) {
            assertNull(Ids.parse(bad), bad);
        }
        assertNull(Ids.parse(null));
    }
}
