package nestling.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A refusal quotes a key only when it is a typo of a key the format has, never text of the family's. */
class UnknownNamesTest {
    private static final List<String> ENTRY = List.of("id", "babyId", "start", "end", "data", "updatedAt");

    @Test
    void aTypoOfAKnownKeyIsQuoted() {
        assertEquals("unknown field $.entries[6].updatedAtt",
                UnknownNames.describe("unknown field", "$.entries[6]", "updatedAtt", ENTRY));
        assertEquals("unknown field $.entries[6].strat",
                UnknownNames.describe("unknown field", "$.entries[6]", "strat", ENTRY));
    }

    @Test
    void aKeyMadeOfOtherTextIsPlacedButNotQuoted() {
        // A cut that joined "end" to a baby's name: the name must not reach the message.
        assertEquals("unknown field in $.entries[6]",
                UnknownNames.describe("unknown field", "$.entries[6]", "endAdata", ENTRY));
        assertEquals("unknown field in $.entries[6]",
                UnknownNames.describe("unknown field", "$.entries[6]", "Ada Lovelace", ENTRY));
        assertEquals("unknown key in $", UnknownNames.describe("unknown key", "$", "enträes", List.of("entries")));
    }
}
