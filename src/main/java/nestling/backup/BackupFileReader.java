package nestling.backup;

import java.io.IOException;
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
 * against the cap), so at most a few kilobytes are read before a refusal.
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

    /** The whole file, once it has passed every check that can be made without reading all of it. */
    byte[] read(Path file) throws BackupException {
        try {
            OrdinaryFile ordinary = open(file);
            byte[] head = checkedHead(ordinary);
            if (SealedFile.looksSealed(head)) {
                refuseOver(inspect(head, ordinary.size()), maxJsonBytes);
            }
            return ordinary.readAll();
        } catch (IOException e) {
            throw unreadable(e);
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

    private static String size(long bytes) {
        return bytes >= 1 << 20 ? ((bytes + (1 << 20) - 1) >> 20) + " MiB" : ((bytes + 1023) >> 10) + " KiB";
    }

    private static BackupException unreadable(IOException e) {
        return new BackupException(BackupProblem.UNREADABLE, e.getClass().getSimpleName(), e);
    }
}
