package nestling.vault;

import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Argon2id settings, stored in the vault header so they can be raised later without breaking old
 * files. Limits are checked before any work, so a hostile header cannot make Nestling allocate
 * gigabytes or spin for minutes.
 */
public record KdfParameters(int memoryKiB, int iterations, int lanes, byte[] salt) {
    public static final int DEFAULT_MEMORY_KIB = 64 * 1024;
    /**
     * 5 passes over 64 MiB: on the 2-core reference machine an unlock then takes 0.32 s once Java
     * is warm (after an auto-lock) and 0.6–0.9 s as the first thing it does; with 3 passes the warm
     * case was 0.22 s, under the 0.3 s an unlock should cost a guesser at least.
     */
    public static final int DEFAULT_ITERATIONS = 5;
    public static final int DEFAULT_LANES = 1;
    public static final int SALT_BYTES = 32;

    static final int MIN_MEMORY_KIB = 8 * 1024;
    static final int MIN_ITERATIONS = 1;
    static final int MIN_SALT_BYTES = 16;
    /*
     * The caps are what Nestling has ever written: 64 MiB, 5 passes (3 in earlier builds), 1 lane.
     * A file may ask for no more, so the worst a hostile header can cost is one ordinary unlock
     * (under a second) instead of minutes and a gigabyte. Literals, not the defaults above: a later
     * default below them must keep opening the files written before. A Nestling that raises a
     * default above a cap raises the file's minimum reader version with it, so an older one says
     * "made by a newer Nestling" instead of "damaged".
     */
    static final int MAX_MEMORY_KIB = 64 * 1024;
    static final int MAX_ITERATIONS = 5;
    static final int MAX_LANES = 1;

    public KdfParameters {
        salt = salt.clone();
    }

    /** Nestling's defaults (64 MiB, 5 passes, 1 lane) with a fresh random salt. */
    public static KdfParameters freshDefaults(SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new KdfParameters(DEFAULT_MEMORY_KIB, DEFAULT_ITERATIONS, DEFAULT_LANES, salt);
    }

    /** True when these settings are within the bounds Nestling is willing to run: no more than it ever wrote. */
    public boolean withinCaps() {
        return memoryKiB >= MIN_MEMORY_KIB && memoryKiB <= MAX_MEMORY_KIB
                && iterations >= MIN_ITERATIONS && iterations <= MAX_ITERATIONS
                && lanes >= 1 && lanes <= MAX_LANES
                && memoryKiB >= 8 * lanes
                && salt.length >= MIN_SALT_BYTES && salt.length <= SALT_BYTES;
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KdfParameters p && p.memoryKiB == memoryKiB && p.iterations == iterations
                && p.lanes == lanes && Arrays.equals(p.salt, salt);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(salt) * 31 + memoryKiB + iterations * 7 + lanes;
    }

    @Override
    public String toString() {
        return "Argon2id(m=" + memoryKiB + " KiB, t=" + iterations + ", p=" + lanes + ")";
    }
}
