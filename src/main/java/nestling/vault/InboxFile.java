package nestling.vault;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code nestling.inbox}: records appended while the vault is locked, each sealed to its public key
 * ({@link InboxRecord}). Appending and merging each hold an OS lock on the file, so a log written
 * while a merge runs waits for it and is never cut away with the merged records.
 */
public final class InboxFile {
    public static final String NAME = "nestling.inbox";

    /** A record opened: its offset in the file, its tag in hex (which no other record has), and the plaintext. */
    public record Opened(int offset, String tag, byte[] plaintext) {
    }

    /** A stretch refused, by name; the rest of the inbox is read regardless. */
    public record Refused(int offset, InboxRecord.Refusal refusal) {
    }

    /** Everything the inbox held, in file order. */
    public record Reading(List<Opened> opened, List<Refused> refused, boolean tornTail) {
        public boolean isEmpty() {
            return opened.isEmpty() && refused.isEmpty();
        }
    }

    private InboxFile() {
    }

    public static Path path(Path directory) {
        return directory.resolve(NAME);
    }

    /**
     * Seals {@code plaintext} to {@code publicKey} and appends it; returns once the record is on disk
     * ({@code force}, and the folder too when the file is new), so "Logged" may be said after it.
     * A torn tail left by an earlier, killed append is cut off first (it was never acknowledged).
     */
    public static void append(Path directory, byte[] publicKey, byte[] plaintext) throws IOException {
        Path file = path(directory);
        boolean existed = Files.exists(file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
            InboxFrames frames = InboxFrames.of(readAll(channel));
            if (frames.tornTail) {
                channel.truncate(frames.completeEnd);
            }
            long at = frames.tornTail ? frames.completeEnd : channel.size();
            ByteBuffer record = ByteBuffer.wrap(InboxRecord.seal(publicKey, frames.lastTag, plaintext));
            while (record.hasRemaining()) {
                at += channel.write(record, at);
            }
            channel.force(true);
        }
        if (!existed) {
            AtomicFileWriter.forceDirectory(directory);
        }
    }

    /** Locks the inbox for a merge; empty when there is no inbox file. */
    public static java.util.Optional<Locked> lockForMerge(Path directory) throws IOException {
        try {
            FileChannel channel = FileChannel.open(path(directory), StandardOpenOption.READ, StandardOpenOption.WRITE);
            try {
                return java.util.Optional.of(new Locked(directory, channel, channel.lock()));
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (NoSuchFileException none) {
            return java.util.Optional.empty();
        }
    }

    /** The inbox held for a merge: read it, and once the vault is saved, clear it. */
    public static final class Locked implements AutoCloseable {
        private final Path directory;
        private final FileChannel channel;
        private final FileLock lock;

        private Locked(Path directory, FileChannel channel, FileLock lock) {
            this.directory = directory;
            this.channel = channel;
            this.lock = lock;
        }

        public Reading read(InboxKeys keys) throws IOException {
            InboxFrames frames = InboxFrames.of(readAll(channel));
            List<InboxFrames.Frame> all = frames.frames;
            InboxRecord.Refusal[] refusals = new InboxRecord.Refusal[all.size()];
            byte[] expectedLink = new byte[InboxRecord.TAG];
            for (int i = 0; i < all.size(); i++) {
                InboxFrames.Frame frame = all.get(i);
                refusals[i] = frame.refusal();
                if (refusals[i] == null && frame.chainKnown() && !Arrays.equals(frame.previousTag(), expectedLink)) {
                    refusals[i] = InboxRecord.Refusal.OUT_OF_ORDER;
                }
                if (frame.bytes() != null) {
                    expectedLink = frame.tag();
                }
            }
            // Each record has its own key agreement, the slow part: open them in one slice per core,
            // each slice with its own opener (its HMAC and cipher reused for all its records).
            byte[][] plaintexts = new byte[all.size()][];
            int slices = Math.max(1, Math.min(all.size() / 64, Runtime.getRuntime().availableProcessors()));
            java.util.stream.IntStream.range(0, slices).parallel().forEach(slice -> {
                InboxRecord.Opener opener = new InboxRecord.Opener(keys);
                for (int i = slice; i < all.size(); i += slices) {
                    if (refusals[i] == null) {
                        try {
                            plaintexts[i] = opener.open(all.get(i).bytes());
                        } catch (InboxRecord.RefusedException e) {
                            refusals[i] = e.refusal;
                        }
                    }
                }
            });
            List<Opened> opened = new ArrayList<>();
            List<Refused> refused = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (refusals[i] != null) {
                    refused.add(new Refused(all.get(i).offset(), refusals[i]));
                } else {
                    opened.add(new Opened(all.get(i).offset(), java.util.HexFormat.of().formatHex(all.get(i).tag()),
                            plaintexts[i]));
                }
            }
            return new Reading(opened, refused, frames.tornTail);
        }

        /**
         * Copies the inbox as it is (still sealed) to {@code name} ({@link RefusedInboxCopies#name}) beside
         * it, durably, before it is emptied; then only the newest {@link RefusedInboxCopies#KEPT} copies stay.
         */
        public Path keepCopy(String name) throws IOException {
            Path copy = directory.resolve(name);
            AtomicFileWriter.writeAtomically(copy, readAll(channel), AtomicFileWriter.Faults.NONE);
            RefusedInboxCopies.prune(directory, copy);
            return copy;
        }

        /** Empties the inbox durably: only after the vault holding its records is saved. */
        public void clear() throws IOException {
            channel.truncate(0);
            channel.force(true);
        }

        @Override
        public void close() throws IOException {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }

    private static byte[] readAll(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size > Integer.MAX_VALUE - 8) {
            throw new IOException(NAME + " is too large to be an inbox");
        }
        ByteBuffer all = ByteBuffer.allocate((int) size);
        long at = 0;
        while (all.hasRemaining()) {
            int read = channel.read(all, at);
            if (read < 0) {
                break;
            }
            at += read;
        }
        return all.array();
    }
}
