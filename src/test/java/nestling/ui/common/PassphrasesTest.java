package nestling.ui.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PassphrasesTest {
    @Test
    void copiesComparesAndWipes() {
        StringBuilder typed = new StringBuilder("owl song");
        char[] copy = Passphrases.copy(typed);
        assertArrayEquals("owl song".toCharArray(), copy);
        assertTrue(Passphrases.same(typed, "owl song"));
        assertFalse(Passphrases.same(typed, "owl sonG"));
        assertFalse(Passphrases.same(typed, "owl so"));
        Passphrases.wipe(copy);
        assertArrayEquals(new char[8], copy);
    }
}
