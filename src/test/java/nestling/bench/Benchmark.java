package nestling.bench;

/**
 * One measured scenario of the harness. Implementations fill real vaults on disk and time the
 * real code paths; they return a table that {@link Benchmarks} prints and writes under target/.
 */
public interface Benchmark {
    /** Short name used on the command line ({@code -Dbench=name}) and as the report file name. */
    String name();

    ResultTable run(BenchContext context) throws Exception;
}
