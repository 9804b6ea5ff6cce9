package nestling.backup;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import nestling.vault.SealedFile;
import nestling.vault.VaultException;

/**
 * Reading a backup file from disk into its JSON bytes: file type, size cap and a sealed file's
 * header first ({@link BackupFileReader}), then plain or sealed, then the container's checks
 * (damage, wrong passphrase, newer format), each as its own problem. The JSON is then read as a
 * stream, decrypted chunk by chunk when sealed: a 200k-entry or padded backup is never held whole.
 */
public final class BackupFiles {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private BackupFiles() {
    }

    /** True when the file is encrypted (so a passphrase may be needed to read it). */
    public static boolean isSealed(Path file) throws BackupException {
        return SealedFile.looksSealed(Arrays.copyOf(BackupFileReader.standard().head(file, 8), 8));
    }

    /**
     * The backup JSON inside a checked file, as a source read in passes: decrypted chunk by chunk
     * when sealed (with {@code keys}), the file itself when plain. Neither is ever held whole.
     */
    static JsonSource json(BackupFileReader.Checked file, BackupKeys keys) throws BackupException {
        if (file.sealed()) {
            SealedFile.Opened opened = open(file, keys);
            JsonSource payload = opened::payload;
            if (startsWith(first(payload, SQLITE_MAGIC.length), SQLITE_MAGIC)) {
                throw new BackupException(BackupProblem.VAULT_NOT_BACKUP);
            }
            return payload;
        }
        try (InputStream in = new BufferedInputStream(file.open())) {
            int b = in.read();
            if (b == 0xEF && in.read() == 0xBB && in.read() == 0xBF) {
                b = in.read();
            }
            while (b >= 0 && Character.isWhitespace((byte) b)) { // as a signed byte: 0x85 and 0xA0 are not spaces here
                b = in.read();
            }
            if (b != '{') {
                throw new BackupException(BackupProblem.NOT_A_BACKUP);
            }
        } catch (IOException e) {
            throw new BackupException(BackupProblem.UNREADABLE, e.getClass().getSimpleName(), e);
        }
        return file::open;
    }

    /** The first {@code n} bytes of the source (fewer when shorter). */
    private static byte[] first(JsonSource source, int n) throws BackupException {
        try (InputStream in = source.open()) {
            return in.readNBytes(n);
        } catch (SealedFile.DamagedException e) {
            throw new BackupException(BackupProblem.DAMAGED, null, e);
        } catch (IOException e) {
            throw new BackupException(BackupProblem.UNREADABLE, e.getClass().getSimpleName(), e);
        }
    }

    /** The sealed file opened with the vault's key when it was sealed with it, else with the passphrase. */
    private static SealedFile.Opened open(BackupFileReader.Checked file, BackupKeys keys) throws BackupException {
        try {
            if (keys.vaultKey() != null) {
                var opened = SealedFile.opening(file.path(), file.head(), file.size(), keys.vaultKey());
                if (opened.isPresent()) {
                    return opened.get();
                }
            }
            if (keys.passphrase() != null) {
                return SealedFile.opening(file.path(), file.head(), file.size(), keys.passphrase());
            }
            SealedFile.inspectHead(file.head(), file.size()); // damage is told apart from a missing passphrase
            throw new BackupException(BackupProblem.WRONG_PASSPHRASE);
        } catch (VaultException e) {
            throw translate(e);
        }
    }

    static BackupException translate(VaultException e) {
        BackupProblem problem = switch (e.problem()) {
            case NOT_A_VAULT -> BackupProblem.NOT_A_BACKUP;
            case WRONG_PASSPHRASE -> BackupProblem.WRONG_PASSPHRASE;
            case NEWER_FORMAT -> BackupProblem.NEWER_FORMAT;
            case TRUNCATED, TOO_LONG, HEADER_DAMAGED, BODY_DAMAGED, DATABASE_DAMAGED -> BackupProblem.DAMAGED;
            case UNREASONABLE_KDF -> BackupProblem.UNREASONABLE_KDF;
            case NOT_A_FILE -> BackupProblem.NOT_A_FILE;
            case NOT_FOUND -> BackupProblem.NOT_FOUND;
            default -> BackupProblem.UNREADABLE;
        };
        return new BackupException(problem, null, e);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** Reads, decrypts and fully checks a backup into a staging database (the family's data is untouched). */
    public static StagedBackup stage(Path file, BackupKeys keys) throws BackupException {
        return stage(file, keys, BackupFileReader.standard());
    }

    static StagedBackup stage(Path file, BackupKeys keys, BackupFileReader reader) throws BackupException {
        return stage(new Opened(json(reader.check(file), keys), sizeOf(file)));
    }

    /**
     * A backup file that passed every check made before its content is read: an ordinary file within
     * the size cap, the passphrase right (a sealed one), a JSON object (a plain one). Nothing is held.
     */
    /** @param bytes the file's length, for {@link nestling.util.HeapRelease} after staging */
    public record Opened(JsonSource json, long bytes) {
    }

    private static long sizeOf(Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (java.io.IOException e) {
            return Long.MAX_VALUE; // unknown: assume the step was large
        }
    }

    /** The checks of {@link #stage} that take no more than the header and the first bytes. */
    public static Opened open(Path file, BackupKeys keys) throws BackupException {
        return new Opened(json(BackupFileReader.standard().check(file), keys), sizeOf(file));
    }

    /** The rest of {@link #stage} for a file {@link #open} accepted. */
    public static StagedBackup stage(Opened file) throws BackupException {
        StagedBackup staged = BackupReader.read(file.json());
        // two passes over the file and every entry decoded: a few times the file's length
        nestling.util.HeapRelease.afterLargeStep(file.bytes() > Long.MAX_VALUE / 4 ? Long.MAX_VALUE : file.bytes() * 4);
        return staged;
    }
}
