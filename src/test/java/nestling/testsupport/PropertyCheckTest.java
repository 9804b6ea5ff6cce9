package nestling.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PropertyCheckTest {
    /** A list of numbers that shrinks by dropping one. */
    private record Numbers(List<Integer> values) implements PropertyCheck.Shrinkable<Numbers> {
        static Numbers generate(Random random) {
            List<Integer> values = new ArrayList<>();
            for (int i = random.nextInt(30); i > 0; i--) {
                values.add(random.nextInt(100));
            }
            return new Numbers(List.copyOf(values));
        }

        @Override
        public List<Numbers> smaller() {
            List<Numbers> smaller = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                List<Integer> copy = new ArrayList<>(values);
                copy.remove(i);
                smaller.add(new Numbers(List.copyOf(copy)));
            }
            return smaller;
        }
    }

    @Test
    void aPropertyThatHoldsRunsEveryTry() {
        int[] tries = {0};
        PropertyCheck.forAll("sums are not negative", 50, Numbers::generate, numbers -> {
            tries[0]++;
            assertTrue(numbers.values().stream().mapToInt(Integer::intValue).sum() >= 0);
        });
        assertEquals(Integer.getInteger("nestling.property.tries", 50), tries[0]);
    }

    @Test
    void aFalsePropertyIsReportedWithItsSeedAndTheSmallestFailingCase() {
        AssertionError error = assertThrows(AssertionError.class,
                () -> PropertyCheck.forAll("no number above 9", 200, Numbers::generate, numbers -> {
                    if (numbers.values().stream().anyMatch(n -> n > 9)) {
                        throw new AssertionError("found one");
                    }
                }));
        assertTrue(error.getMessage().contains("no number above 9 does not hold"), error.getMessage());
        assertTrue(error.getMessage().matches("(?s).*-Dnestling\\.property\\.seed=-?\\d+.*"), error.getMessage());
        // shrunk to a single number above 9
        assertTrue(error.getMessage().matches("(?s).*Numbers\\[values=\\[[1-9]\\d]].*"), error.getMessage());
        assertEquals("found one", error.getCause().getMessage());
    }
}
