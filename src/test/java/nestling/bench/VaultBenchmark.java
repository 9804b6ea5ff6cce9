package nestling.bench;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.PreparedStatement;
import java.util.Random;
import nestling.store.Database;
import nestling.store.DatabaseImage;
import nestling.vault.AtomicFileWriter;
import nestling.vault.MasterKey;
import nestling.vault.Vault;
import nestling.vault.VaultBenchAccess;
import nestling.vault.VaultOptions;

/**
 * The vault's budgets (issue 3) at 1k–200k entries: a save after one new entry through the real
 * {@link Vault#save} (serialize + seal + temp file + fsync + rename + directory fsync + snapshot),
 * opening without the KDF (read + decrypt + deserialize + quick_check + migrations), the KDF
 * itself, peak heap, file size, and the floor: plain Java writing, fsyncing and renaming a file of
 * the same size, which no save can beat.
 */
final class VaultBenchmark implements Benchmark {
    private static final int SAVES = 40;
    private static final int OPENS = 7;
    private static final char[] PASSPHRASE = "a benchmark passphrase".toCharArray();

    @Override
    public String name() {
        return "vault";
    }

    @Override
    public ResultTable run(BenchContext context) throws Exception {
        ResultTable table = new ResultTable("Vault save and open (Argon2id defaults, 64 KiB chunks, "
                + Runtime.getRuntime().availableProcessors() + " cores)",
                "entries", "file MB", "save median ms", "save p95 ms", "of which serialize ms", "of which seal ms",
                "floor: write+fsync+rename ms", "open excl. KDF ms", "KDF ms", "peak heap MB", "heap allocated per save MB",
                "save phases, medians ms");
        // Unmeasured round first: AES-GCM, HMAC and the JDBC paths reach their compiled (intrinsic)
        // form only after some use, which would otherwise land on the smallest size.
        measure(Files.createDirectories(context.scratch().resolve("warm-up")), 2000);
        for (int size : context.sizes()) {
            Path directory = Files.createDirectories(context.scratch().resolve("entries-" + size));
            table.row(measure(directory, size));
        }
        return table
                .note("Save = Database.image() + Vault.save() after one new entry, " + SAVES + " saves after 3 warm-ups,"
                        + " on a database compacted as at unlock; after each save, untimed, Vault.pruneSnapshots() as the"
                        + " saver does once it has reported \"Saved\" (its median is the last phase);"
                        + " serialize and seal are medians of the same steps timed alone, after the saves. Open = " + OPENS
                        + " runs (median) of read + inspect + HMAC + decrypt + Database.fromImage (deserialize,"
                        + " quick_check, migrations). Floor = median of " + SAVES + " writes of the same number of bytes"
                        + " to a temp file whose blocks the disk already holds (as a save, which reuses a pruned snapshot),"
                        + " force(true), atomic rename, directory fsync, one after each timed save. Peak heap = the most heap in use"
                        + " (sampled every ms, garbage included) during the saves and opens, under -Xmx2g; allocated per save ="
                        + " heap allocated by the saving thread (the serialized image itself is one such array).")
                .note("Budget at 200k entries: save median <= 40 ms, open <= 300 ms + KDF. Load average at the end: "
                        + loadAverage() + ".");
    }

    private Object[] measure(Path directory, int size) throws Exception {
        Random random = new Random(size);
        DatabaseImage first;
        try (Database filling = Database.createEmpty()) {
            EntryMix.fill(filling, size, size);
            first = filling.image();
        }
        StepClock steps = new StepClock();
        // As in the app, the database being saved is the one unlocked from the file (deserialized).
        try (Database database = Database.fromImage(first.bytes())) {
            // what every unlock does in the background before the parent's first entry (VaultSession)
            database.compact();
            try (Vault vault = Vault.create(directory, PASSPHRASE, first.bytes(), VaultOptions.defaults().withFaults(steps))) {
                Vault.wipe(first.bytes());
                HeapPeak heap = new HeapPeak();
                for (int i = 0; i < 3; i++) {
                    addOne(database, random);
                    save(database, vault);
                    vault.pruneSnapshots();
                }
                long[] saves = new long[SAVES];
                long[][] phases = new long[StepClock.PHASES.length][SAVES];
                long allocated = 0;
                // The floor is timed in the same loop, one write after each save, so both see the
                // same load from whatever else the machine is doing.
                FloorWriter floorWriter = new FloorWriter(directory, (int) Files.size(Vault.vaultFile(directory)));
                long[] floors = new long[SAVES];
                long[] prunes = new long[SAVES];
                for (int i = 0; i < SAVES; i++) {
                    addOne(database, random);
                    long allocatedBefore = allocatedBytes();
                    long start = System.nanoTime();
                    steps.begin(start);
                    save(database, vault);
                    long end = System.nanoTime();
                    allocated += allocatedBytes() - allocatedBefore;
                    saves[i] = end - start;
                    steps.end(end, phases, i);
                    // what the saver does once it has said "Saved": not part of the save's latency,
                    // but it frees the oldest snapshot's blocks for the next save, as in the app
                    start = System.nanoTime();
                    vault.pruneSnapshots();
                    prunes[i] = System.nanoTime() - start;
                    start = System.nanoTime();
                    floorWriter.replace();
                    floors[i] = System.nanoTime() - start;
                    floorWriter.recycle();
                }
                Path file = Vault.vaultFile(directory);
                long fileBytes = Files.size(file);
                MasterKey key = VaultBenchAccess.deriveKey(PASSPHRASE, file);
                // after the saves, as seal: inside the loop a second image per save would double the
                // garbage the saves themselves make, and grow the heap more than the app ever does
                Samples serialize = Samples.time(2, 9, () -> Vault.wipe(database.image().bytes()));
                Samples seal = sealTimes(database, key, vault);
                Samples open = Samples.time(1, OPENS, () -> {
                    byte[] image = VaultBenchAccess.readAndDecrypt(file, key);
                    try (Database opened = Database.fromImage(image)) {
                        Vault.wipe(image);
                    }
                });
                heap.close();
                double peakHeapMb = heap.peakBytes() / 1e6;
                Samples kdf = Samples.time(0, 3, () -> VaultBenchAccess.deriveKey(PASSPHRASE, file).close());
                key.close();
                Samples floor = Samples.of(floors);
                Samples save = Samples.of(saves);
                StringBuilder breakdown = new StringBuilder();
                for (int p = 0; p < phases.length; p++) {
                    breakdown.append(p == 0 ? "" : " · ").append(StepClock.PHASES[p]).append(' ')
                            .append(String.format(java.util.Locale.ROOT, "%.1f", Samples.of(phases[p]).medianMillis()));
                }
                return new Object[] {size, fileBytes / 1e6, save.medianMillis(), save.p95Millis(),
                    serialize.medianMillis(), seal.medianMillis(), floor.medianMillis(),
                    open.medianMillis(), kdf.medianMillis(), peakHeapMb, allocated / 1e6 / SAVES, breakdown.append(" · then prune (after \"Saved\") ").append(String.format(java.util.Locale.ROOT, "%.1f",
                        Samples.of(prunes).medianMillis())).toString()};
            }
        }
    }

    /**
     * Bytes this thread has allocated on the heap so far (HotSpot's ThreadMXBean, reached by
     * reflection: the tests compile inside the module, which does not read java.management).
     */
    private static long allocatedBytes() {
        try {
            Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
            return (long) Class.forName("com.sun.management.ThreadMXBean")
                    .getMethod("getCurrentThreadAllocatedBytes").invoke(bean);
        } catch (ReflectiveOperationException e) {
            return 0;
        }
    }

    /** The 1/5/15-minute load average on Linux (other builds share the machine), else "n/a". */
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException e) {
            return "n/a";
        }
    }

    private static void addOne(Database database, Random random) {
        database.write(c -> {
            try (PreparedStatement insert = nestling.testsupport.EntryRows.prepare(c)) {
                EntryMix.add(insert, random, new byte[16], new byte[16], System.currentTimeMillis());
            }
            return null;
        });
    }

    /** What the auto-saver does for one save. */
    private static void save(Database database, Vault vault) throws Exception {
        DatabaseImage image = database.image();
        try {
            vault.save(image.bytes());
        } finally {
            Vault.wipe(image.bytes());
        }
    }

    private static Samples sealTimes(Database database, MasterKey key, Vault vault) throws Exception {
        DatabaseImage image = database.image();
        try {
            return Samples.time(2, 9, () -> VaultBenchAccess.seal(image.bytes(), key, vault.kdfParameters()));
        } finally {
            Vault.wipe(image.bytes());
        }
    }

    /** The least any durable replace of a file this size costs here: write, fsync, rename, fsync the folder. */
    private static final class FloorWriter {
        private final Path folder;
        private final Path temp;
        private final Path aside;
        private final Path target;
        private final byte[] content;

        FloorWriter(Path directory, int bytes) throws java.io.IOException {
            folder = Files.createDirectories(directory.resolve("floor"));
            temp = folder.resolve("file.tmp");
            aside = folder.resolve("file.old");
            target = folder.resolve("file");
            content = new byte[bytes];
            new Random(1).nextBytes(content);
        }

        /**
         * As a save does: the bytes go into a temp file whose blocks the disk already holds (the
         * file the previous replace put aside, as the vault keeps a pruned snapshot for its next
         * save); the replaced file is put aside for the next time, untimed.
         */
        void replace() throws java.io.IOException {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (Files.exists(target)) {
                Files.move(target, aside);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
                channel.force(true);
            }
        }

        /** Puts the replaced file aside as the next temp file (the vault's prune, after "Saved"). */
        void recycle() throws java.io.IOException {
            if (Files.exists(aside)) {
                Files.move(aside, temp, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /**
     * Timestamps the atomic writer's steps through its fault hook (which does nothing else), so a
     * save's time splits into: serialize+seal, write, fsync, snapshot link, rename, directory fsync
     * + snapshot pruning.
     */
    private static final class StepClock implements AtomicFileWriter.Faults {
        static final String[] PHASES = {"image+seal", "write", "fsync", "snapshot", "rename", "dir fsync"};
        private final java.util.Map<AtomicFileWriter.Step, Long> first = new java.util.EnumMap<>(AtomicFileWriter.Step.class);
        private long start;

        void begin(long startNanos) {
            first.clear();
            start = startNanos;
        }

        @Override
        public void before(AtomicFileWriter.Step step) {
            first.putIfAbsent(step, System.nanoTime());
        }

        void end(long endNanos, long[][] phases, int index) {
            long[] marks = {start, first.get(AtomicFileWriter.Step.CREATE_TEMP), first.get(AtomicFileWriter.Step.FORCE_FILE),
                first.get(AtomicFileWriter.Step.BEFORE_RENAME), first.get(AtomicFileWriter.Step.RENAME),
                first.get(AtomicFileWriter.Step.FORCE_DIRECTORY), endNanos};
            for (int p = 0; p < PHASES.length; p++) {
                phases[p][index] = marks[p + 1] - marks[p];
            }
        }
    }

    /**
     * Samples used heap every millisecond on a daemon thread. (java.lang.management would give pool
     * peaks, but the module does not read java.management and the tests compile inside it.)
     */
    private static final class HeapPeak implements AutoCloseable {
        private volatile boolean running = true;
        private volatile long peak;
        private final Thread thread;

        HeapPeak() {
            System.gc();
            thread = Thread.ofPlatform().daemon().start(() -> {
                Runtime runtime = Runtime.getRuntime();
                while (running) {
                    peak = Math.max(peak, runtime.totalMemory() - runtime.freeMemory());
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        long peakBytes() {
            return peak;
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join();
        }
    }
}
