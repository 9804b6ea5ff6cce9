package nestling.backup;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import nestling.vault.SealedFile;
import nestling.vault.Vault;
import nestling.vault.VaultException;

/**
 * Reading a backup file from disk into its JSON bytes: file type, size cap and a sealed file's
 * header first ({@link BackupFileReader}), then plain or sealed, then the container's checks
 * (damage, wrong passphrase, newer format), each as its own problem.
 */
public final class BackupFiles {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private BackupFiles() {
    }

    /** True when the file is encrypted (so a passphrase may be needed to read it). */
    public static boolean isSealed(Path file) throws BackupException {
        return SealedFile.looksSealed(Arrays.copyOf(BackupFileReader.standard().head(file, 8), 8));
    }

    static byte[] readRaw(Path file) throws BackupException {
        return BackupFileReader.standard().read(file);
    }

    /** The backup JSON inside {@code file}, decrypted with {@code keys} when it is sealed. */
    static byte[] json(Path file, BackupKeys keys) throws BackupException {
        return json(readRaw(file), keys);
    }

    static byte[] json(byte[] raw, BackupKeys keys) throws BackupException {
        if (SealedFile.looksSealed(raw)) {
            byte[] payload = open(raw, keys);
            if (startsWith(payload, SQLITE_MAGIC)) {
                throw new BackupException(BackupProblem.VAULT_NOT_BACKUP);
            }
            return payload;
        }
        int first = 0;
        if (startsWith(raw, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
            first = 3;
        }
        while (first < raw.length && Character.isWhitespace(raw[first])) {
            first++;
        }
        if (first >= raw.length || raw[first] != '{') {
            throw new BackupException(BackupProblem.NOT_A_BACKUP);
        }
        return raw;
    }

    private static byte[] open(byte[] raw, BackupKeys keys) throws BackupException {
        try {
            if (keys.vaultKey() != null && SealedFile.sameSettings(raw, keys.vaultKey())) {
                return SealedFile.open(raw, keys.vaultKey());
            }
            if (keys.passphrase() != null) {
                return SealedFile.open(raw, keys.passphrase());
            }
            SealedFile.inspect(raw); // damage is told apart from a missing passphrase
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
        return stage(reader.read(file), keys);
    }

    static StagedBackup stage(byte[] raw, BackupKeys keys) throws BackupException {
        boolean sealed = SealedFile.looksSealed(raw);
        byte[] json = json(raw, keys);
        try {
            return BackupReader.read(json);
        } finally {
            if (sealed) {
                Vault.wipe(json);
            }
        }
    }
}
