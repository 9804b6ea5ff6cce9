package nestling.bench;

import java.security.SecureRandom;
import nestling.vault.Argon2Kdf;
import nestling.vault.KdfParameters;

/** The unlock cost a parent waits for: Argon2id with the vault's default parameters. */
final class KdfBenchmark implements Benchmark {
    @Override
    public String name() {
        return "kdf";
    }

    @Override
    public ResultTable run(BenchContext context) throws Exception {
        KdfParameters parameters = KdfParameters.freshDefaults(new SecureRandom());
        char[] passphrase = "a benchmark passphrase".toCharArray();
        Runtime runtime = Runtime.getRuntime();
        long cold = System.nanoTime();
        Argon2Kdf.derive(passphrase, parameters).close();
        double coldMillis = (System.nanoTime() - cold) / 1e6;
        Samples warm = Samples.time(1, 7, () -> Argon2Kdf.derive(passphrase, parameters).close());
        return new ResultTable("Argon2id key derivation (" + parameters.memoryKiB() / 1024 + " MiB, t="
                + parameters.iterations() + ", p=" + parameters.lanes() + ")",
                "first run ms", "median ms", "p95 ms", "runs", "cores")
                .row(coldMillis, warm.medianMillis(), warm.p95Millis(), warm.count(), runtime.availableProcessors())
                .note("Budget (issue 3): unlock between 300 and 1500 ms on this machine; the first run includes JIT warm-up.");
    }
}
