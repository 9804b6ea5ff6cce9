package nestling.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.journal.InboxAction;
import nestling.journal.InboxMerge;
import nestling.journal.Journal;
import nestling.journal.LockedInbox;
import nestling.store.VaultSession;
import nestling.vault.InboxFile;
import nestling.vault.Vault;
import nestling.vault.VaultOptions;

/**
 * Logging while locked (issue 16): a locked log until it is durable (seal, append, fsync; no key
 * derivation), budget 50 ms; and the merge of 1,000 inbox records at unlock (open, apply, save,
 * empty), budget 200 ms. The unlock's own Argon2id is not part of the merge.
 */
final class InboxBenchmark implements Benchmark {
    private static final char[] PASS = "a benchmark passphrase".toCharArray();
    private static final int LOGS = 300;
    private static final int MERGED = 1000;
    private static final int MERGE_ROUNDS = 7;

    @Override
    public String name() {
        return "inbox";
    }

    @Override
    public ResultTable run(BenchContext context) throws Exception {
        Path dir = Files.createDirectories(context.scratch().resolve("inbox"));
        Clock clock = Clock.systemUTC();
        VaultOptions options = VaultOptions.defaults().withFastKdfForTests();
        VaultSession.create(dir, PASS, options).close();
        UUID baby;
        try (VaultSession session = VaultSession.unlock(dir, PASS, options)) {
            InboxMerge.afterUnlock(session, clock);
            baby = Journal.of(session.database(), clock).family()
                    .addBaby("Ada", Instant.parse("2026-01-01T08:00:00Z"), ZoneOffset.UTC, null, null).meta().id();
            session.flush();
        }
        Instant base = Instant.now().minus(Duration.ofDays(2));
        int[] n = {0};
        Samples locked = Samples.time(20, LOGS, () -> LockedInbox.log(dir, diaper(baby, base.plusSeconds(10L * n[0]++))));
        long inboxBytes = Files.size(InboxFile.path(dir));

        // the merge: MERGED records into the vault as it was, several times over
        Files.delete(InboxFile.path(dir));
        for (int i = 0; i < MERGED; i++) {
            LockedInbox.log(dir, diaper(baby, base.plusSeconds(10L * i)));
        }
        Path pristineVault = Files.copy(Vault.vaultFile(dir), dir.resolve("pristine.vault"));
        Path pristineInbox = Files.copy(InboxFile.path(dir), dir.resolve("pristine.inbox"));
        long[] merges = new long[MERGE_ROUNDS];
        long[] mergeCpu = new long[MERGE_ROUNDS];
        int mergedCount = 0;
        for (int round = 0; round < MERGE_ROUNDS; round++) {
            Files.copy(pristineVault, Vault.vaultFile(dir), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(pristineInbox, InboxFile.path(dir), StandardCopyOption.REPLACE_EXISTING);
            try (VaultSession session = VaultSession.unlock(dir, PASS, options)) {
                long start = System.nanoTime();
                long cpuStart = cpuNanos();
                mergedCount = InboxMerge.afterUnlock(session, clock).merged();
                merges[round] = System.nanoTime() - start;
                mergeCpu[round] = cpuNanos() - cpuStart;
            }
        }
        Samples merge = Samples.of(java.util.Arrays.copyOfRange(merges, 2, MERGE_ROUNDS)); // the first two warm up
        // CPU time of the whole process (all threads, GC and JIT too) during the merge: on a machine
        // shared with other work the wall time above mostly measures the others; this does not
        Samples cpu = Samples.of(java.util.Arrays.copyOfRange(mergeCpu, 2, MERGE_ROUNDS));
        return new ResultTable("Logging while locked: a locked log until durable, and the merge at unlock",
                "step", "count", "median ms", "p95 ms", "budget ms")
                .row("locked log (seal + append + fsync)", locked.count(), fmt(locked.medianMillis()),
                        fmt(locked.p95Millis()), 50)
                .row("merge " + mergedCount + " records (open, apply, save, empty)", merge.count(),
                        fmt(merge.medianMillis()), fmt(merge.p95Millis()), 200)
                .row("  the same merge: process CPU time (all threads)", cpu.count(), fmt(cpu.medianMillis()),
                        fmt(cpu.p95Millis()), "")
                .note("inbox of " + LOGS + " records: " + inboxBytes + " bytes");
    }

    private static InboxAction diaper(UUID baby, Instant at) {
        return new InboxAction.NewEntry(UUID.randomUUID(), baby, EntryType.DIAPER, at, null, ZoneOffset.ofHours(1), at,
                "Sam", new EntryData.Diaper(true, false, false, null, null, false, null));
    }

    /** The process's CPU time so far (all threads; the OS counts it in clock ticks, 10 ms on Linux). */
    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    private static String fmt(double millis) {
        return String.format(java.util.Locale.ROOT, "%.1f", millis);
    }
}
