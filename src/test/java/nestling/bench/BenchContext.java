package nestling.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What every benchmark gets: a scratch directory on the real disk (under target/, not /tmp, so the
 * fsync cost is the one the vault pays) and the data sizes to sweep.
 */
public record BenchContext(Path scratch, List<Integer> sizes) {
}
