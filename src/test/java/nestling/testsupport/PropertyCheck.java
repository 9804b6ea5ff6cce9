package nestling.testsupport;

import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * A small property-test runner: a generator makes a case from a seeded {@link Random}, the check
 * throws when the property does not hold, and a failing case is shrunk (by the candidates the case
 * offers, greedily, within a time budget) before it is reported with its seed. Each run starts from
 * a fresh seed, so the suite explores new cases over time; {@code -Dnestling.property.seed=N} makes
 * the reported case the first one tried again, and {@code -Dnestling.property.tries=N} changes how
 * many cases every property tries (e.g. 5000 for a long run, with
 * {@code -Djunit.jupiter.execution.timeout.default=30m} so the two-minute limit per test allows it).
 *
 * <p>Why not jqwik: from 1.10 its maintainers ask that it not be used by AI coding agents, and
 * this project is partly written by them; this runner covers what the backup properties need.
 */
public final class PropertyCheck {
    private static final long SHRINK_BUDGET_MILLIS = 30_000;
    private static final long SEED_STEP = 0x9E3779B97F4A7C15L;

    private PropertyCheck() {
    }

    /** A check that may throw anything; an exception or error means the property failed for the case. */
    @FunctionalInterface
    public interface Check<T> {
        void verify(T candidate) throws Exception;
    }

    /** A generated case that can offer smaller versions of itself (each should be simpler). */
    public interface Shrinkable<T> {
        List<T> smaller();
    }

    public static <T extends Shrinkable<T>> void forAll(String property, int tries, Function<Random, T> generator,
            Check<T> check) {
        int count = Integer.getInteger("nestling.property.tries", tries);
        Long fixed = Long.getLong("nestling.property.seed");
        long base = fixed != null ? fixed : new Random().nextLong();
        for (int i = 0; i < count; i++) {
            long seed = base + i * SEED_STEP;
            T candidate = generator.apply(new Random(seed));
            Throwable failure = failure(check, candidate);
            if (failure != null) {
                Shrunk<T> smallest = shrink(candidate, failure, check);
                AssertionError error = new AssertionError(property + " does not hold (try " + (i + 1) + " of " + count
                        + "; rerun this case first with -Dnestling.property.seed=" + seed + "), smallest case found after "
                        + smallest.steps + " shrink steps:\n" + smallest.candidate + "\nfailure: " + brief(smallest.failure),
                        smallest.failure);
                throw error;
            }
        }
    }

    private record Shrunk<T>(T candidate, Throwable failure, int steps) {
    }

    private static <T extends Shrinkable<T>> Shrunk<T> shrink(T candidate, Throwable failure, Check<T> check) {
        long deadline = System.currentTimeMillis() + SHRINK_BUDGET_MILLIS;
        T current = candidate;
        Throwable currentFailure = failure;
        int steps = 0;
        boolean progress = true;
        while (progress && System.currentTimeMillis() < deadline) {
            progress = false;
            for (T smaller : current.smaller()) {
                if (System.currentTimeMillis() >= deadline) {
                    break;
                }
                Throwable again = failure(check, smaller);
                if (again != null) {
                    current = smaller;
                    currentFailure = again;
                    steps++;
                    progress = true;
                    break;
                }
            }
        }
        return new Shrunk<>(current, currentFailure, steps);
    }

    private static String brief(Throwable failure) {
        String text = failure.toString();
        return text.length() <= 2000 ? text : text.substring(0, 2000) + " …";
    }

    private static <T> Throwable failure(Check<T> check, T candidate) {
        try {
            check.verify(candidate);
            return null;
        } catch (Exception | AssertionError e) {
            return e;
        }
    }
}
