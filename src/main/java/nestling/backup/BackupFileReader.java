package nestling.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import nestling.util.OrdinaryFile;
import nestling.vault.SealedFile;
import nestling.vault.VaultException;

/**
 * Reads a backup file's bytes, refusing a hostile or impossible one before it is read: only an
 * ordinary file is opened (a pipe would block, {@code /dev/zero} never ends); a file larger than any
 * backup can be is refused by its size; a sealed file's header is checked on its first bytes (damage,
 * KDF settings over Nestling's caps, its declared length against the real one, its declared payload
 * against the cap), so at most a few kilobytes are read before a refusal. The rest is read as a
 * stream afterwards ({@link Checked#open}), never into one array.
 */
final class BackupFileReader {
    private final long maxJsonBytes;

    /** {@code maxJsonBytes}: the largest backup JSON accepted, plain or sealed (tests use a smaller one). */
    BackupFileReader(long maxJsonBytes) {
        this.maxJsonBytes = maxJsonBytes;
    }

    /** The reader the app uses: {@link BackupFormat#MAX_JSON_BYTES}. */
    static BackupFileReader standard() {
        return new BackupFileReader(BackupFormat.MAX_JSON_BYTES);
    }

    /** The file's first {@code limit} bytes (all of it, when shorter), after the type and size checks. */
    byte[] head(Path file, int limit) throws BackupException {
        try {
            byte[] head = checkedHead(open(file));
            return Arrays.copyOf(head, Math.min(limit, head.length));
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** A file that passed every check that can be made without reading all of it. */
    record Checked(Path path, long size, byte[] head, boolean sealed) {
        /** The plain file's bytes from the first, never more than its checked size. */
        InputStream open() throws IOException {
            return new BoundedInputStream(Files.newInputStream(path), size);
        }
    }

    /** The file's type, size and (sealed) header checked; nothing more of it is read. */
    Checked check(Path file) throws BackupException {
        try {
            OrdinaryFile ordinary = open(file);
            byte[] head = checkedHead(ordinary);
            boolean sealed = SealedFile.looksSealed(head);
            if (sealed) {
                refuseOver(inspect(head, ordinary.size()), maxJsonBytes);
            }
            return new Checked(file, ordinary.size(), head, sealed);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** At most {@code limit} bytes of a stream: a file that grows while it is read is cut at its checked size. */
    private static final class BoundedInputStream extends java.io.FilterInputStream {
        private long left;

        BoundedInputStream(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = in.read();
            left -= b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            left -= Math.max(n, 0);
            return n;
        }
    }

    private static OrdinaryFile open(Path file) throws BackupException, IOException {
        try {
            return OrdinaryFile.of(file);
        } catch (OrdinaryFile.NotOrdinaryException e) {
            throw new BackupException(BackupProblem.NOT_A_FILE);
        } catch (NoSuchFileException e) {
            throw new BackupException(BackupProblem.NOT_FOUND);
        }
    }

    /**
     * The first bytes a sealed file's header needs, once the size is within the cap: the JSON cap
     * for a plain file, the largest file that much JSON gives once sealed for a sealed one.
     */
    private byte[] checkedHead(OrdinaryFile ordinary) throws BackupException, IOException {
        byte[] head = ordinary.head(SealedFile.HEAD_BYTES);
        boolean sealed = SealedFile.looksSealed(head);
        refuseOver(ordinary.size(), sealed ? SealedFile.largestFileFor(maxJsonBytes) : maxJsonBytes);
        return head;
    }

    private static long inspect(byte[] head, long size) throws BackupException {
        try {
            return SealedFile.inspectHead(head, size);
        } catch (VaultException e) {
            throw BackupFiles.translate(e);
        }
    }

    /** Refused with both sizes (numbers and units only: the detail is shown as it is in every language). */
    private static void refuseOver(long size, long cap) throws BackupException {
        if (size > cap) {
            throw new BackupException(BackupProblem.OVERSIZED, size(size) + " > " + size(cap));
        }
    }

    static String size(long bytes) {
        return bytes >= 1 << 20 ? ((bytes + (1 << 20) - 1) >> 20) + " MiB" : ((bytes + 1023) >> 10) + " KiB";
    }

    private static BackupException unreadable(IOException e) {
        return new BackupException(BackupProblem.UNREADABLE, e.getClass().getSimpleName(), e);
    }
}
