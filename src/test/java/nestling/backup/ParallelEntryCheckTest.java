package nestling.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import nestling.store.Database;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A large backup's live entries are checked in two halves by id on two threads: a refusal in
 * either half is found, and of two the one with the smaller id is named, whichever thread ends first.
 */
class ParallelEntryCheckTest {
    private static final int ENTRIES = StagedRecordChecks.PARALLEL_FROM + 2_000;
    private static String json;

    @BeforeAll
    static void export() {
        try (Database source = Database.createEmpty()) {
            Family.fill(source, 47, ENTRIES);
            json = new String(Family.plainJson(source), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aRefusalInEitherHalfIsNamedAndTheSmallerIdWins() {
        ObjectNode backup = (ObjectNode) Values.parseJson(json);
        ArrayNode entries = (ArrayNode) backup.get("entries");
        ObjectNode low = firstLive(entries, false);
        ObjectNode high = firstLive(entries, true);

        var highData = high.get("data");
        high.putArray("data").add(1);
        assertEquals("$.entries[id=" + high.get("id").asString() + "].data", refusal(backup));

        low.putArray("data").add(1);
        assertEquals("$.entries[id=" + low.get("id").asString() + "].data", refusal(backup),
                "both halves refuse: the smaller id is named");

        high.set("data", highData);
        assertEquals("$.entries[id=" + low.get("id").asString() + "].data", refusal(backup));
    }

    /** A live entry whose id starts at or above 0x80 ({@code upper}) or below. */
    private static ObjectNode firstLive(ArrayNode entries, boolean upper) {
        for (int i = 0; i < entries.size(); i++) {
            ObjectNode entry = (ObjectNode) entries.get(i);
            boolean high = Integer.parseInt(entry.get("id").asString().substring(0, 2), 16) >= 0x80;
            if (!entry.get("deleted").asBoolean() && high == upper) {
                return entry;
            }
        }
        throw new AssertionError("no live entry in that half");
    }

    private static String refusal(ObjectNode backup) {
        BackupException e = assertThrows(BackupException.class,
                () -> BackupReader.read(backup.toString().getBytes(StandardCharsets.UTF_8)).close());
        assertEquals(BackupProblem.IMPOSSIBLE_VALUE, e.problem());
        return e.detail().substring(0, e.detail().indexOf(':'));
    }
}
