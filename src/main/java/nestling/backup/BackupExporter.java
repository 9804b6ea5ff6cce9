package nestling.backup;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Map;
import nestling.store.Database;
import nestling.vault.AtomicFileWriter;
import nestling.vault.PayloadBuffer;
import nestling.vault.SealedFile;
import nestling.vault.VaultException;
import nestling.vault.VaultOptions;

/**
 * Export: the whole database as backup JSON, sealed with {@code key} (or plain when it is null),
 * written to a temporary name on the target, forced, renamed, then read back from the target and
 * verified: decrypted, compared byte for byte with what was written (SHA-256), parsed with every
 * check an import makes on the JSON, and its counts compared with the vault's. (The records are
 * not loaded into a second database: they come from one that already enforces the schema.) Only then is the result returned; on any
 * failure no file under the backup's name is left behind.
 */
public final class BackupExporter {
    private BackupExporter() {
    }

    /** A verified backup on disk. {@code counts}: records per key, tombstones included. */
    public record Result(Path file, boolean encrypted, Map<String, Long> counts, long bytes, Instant createdAt) {
    }

    /**
     * @param target a directory (the file is named {@code nestling-backup-YYYY-MM-DD-HHMM.nestling}
     *               or {@code .json}) or a file path that does not exist yet
     * @param key    the key to seal with, or null for a plain JSON file anyone can read
     */
    public static Result export(Database database, Path target, SealedFile.Key key, VaultOptions options)
            throws BackupException {
        return export(database, target, key, BackupScope.EVERYTHING, options);
    }

    /**
     * As above, holding only what {@code scope} keeps. A copy for family goes by an id of its own
     * (random, in {@code source.vaultId}): it is not this laptop's state, so a laptop that merges
     * it must not take it as a merge point for this vault's later backups.
     */
    public static Result export(Database database, Path target, SealedFile.Key key, BackupScope scope,
            VaultOptions options) throws BackupException {
        return export(database, target, key, scope, options,
                scope.everything() ? MergePoints.vaultId(database) : Ids.toText(Ids.random()));
    }

    /**
     * As above, naming {@code sourceId} as the file's source: a sync stick's family file names the
     * stick, whichever laptop wrote it last.
     */
    public static Result export(Database database, Path target, SealedFile.Key key, BackupScope scope,
            VaultOptions options, String sourceId) throws BackupException {
        return export(database, target, key, scope, options, sourceId, BackupFormat.MAX_JSON_BYTES);
    }

    /**
     * {@code maxJsonBytes}: the largest JSON the import side reads ({@link BackupFileReader}); a vault
     * whose backup would be larger is refused before any file is written (tests use a smaller cap).
     */
    static Result export(Database database, Path target, SealedFile.Key key, VaultOptions options, long maxJsonBytes)
            throws BackupException {
        return export(database, target, key, BackupScope.EVERYTHING, options, MergePoints.vaultId(database),
                maxJsonBytes);
    }

    private static Result export(Database database, Path target, SealedFile.Key key, BackupScope scope,
            VaultOptions options, String sourceId, long maxJsonBytes) throws BackupException {
        String vaultId = sourceId;
        Instant createdAt = options.clock().instant();
        Path file = chooseFile(target, createdAt, options, key == null);
        PayloadBuffer json = new PayloadBuffer(); // the JSON held once, in blocks; sealed from there while written
        long bytes;
        byte[] digest;
        Map<String, Long> counts;
        try {
            counts = written(database, createdAt, vaultId, scope, json, maxJsonBytes);
            digest = sha256(json::open);
            bytes = write(file, json, key, options);
        } catch (IOException e) {
            throw new IllegalStateException("reading a buffer in memory does not fail", e);
        } finally {
            json.wipe(); // before the read-back check, which would otherwise find the JSON still held
        }
        nestling.util.HeapRelease.afterLargeStep(bytes * 2); // the JSON, before reading it back makes more garbage
        verify(file, key, digest, counts);
        return new Result(file, key != null, counts, bytes, createdAt);
    }

    private static Map<String, Long> written(Database database, Instant createdAt, String vaultId, BackupScope scope,
            PayloadBuffer json, long maxJsonBytes) throws BackupException {
        try {
            return BackupWriter.write(database, createdAt, vaultId, scope, new CappedOutput(json, maxJsonBytes));
        } catch (CappedOutput.OverCap e) {
            throw new BackupException(BackupProblem.TOO_LARGE, "> " + BackupFileReader.size(maxJsonBytes));
        }
    }

    static Path chooseFile(Path target, Instant createdAt, VaultOptions options, boolean plain) throws BackupException {
        if (Files.isDirectory(target)) {
            String name = BackupFormat.fileName(createdAt, options.clock().getZone(), plain);
            Path file = target.resolve(name);
            for (int n = 2; Files.exists(file) || Files.exists(file.resolveSibling(file.getFileName() + ".tmp")); n++) {
                String extension = plain ? BackupFormat.PLAIN_EXTENSION : BackupFormat.SEALED_EXTENSION;
                file = target.resolve(name.substring(0, name.length() - extension.length()) + "-" + n + extension);
            }
            return file;
        }
        String name = target.getFileName() == null ? "" : target.getFileName().toString();
        boolean named = name.endsWith(BackupFormat.SEALED_EXTENSION) || name.endsWith(BackupFormat.PLAIN_EXTENSION);
        Path parent = target.toAbsolutePath().getParent();
        if (!named || parent == null || !Files.isDirectory(parent)) {
            // a folder that is not there (an unplugged stick) must not become a file of that name
            throw new BackupException(named ? BackupProblem.FOLDER_MISSING
                    : Files.exists(target) ? BackupProblem.BAD_FILE_NAME : BackupProblem.FOLDER_MISSING);
        }
        if (name.endsWith(BackupFormat.SEALED_EXTENSION) == plain) {
            throw new BackupException(BackupProblem.BAD_FILE_NAME, plain ? "a plain backup ends in .json" : "an encrypted backup ends in .nestling");
        }
        if (Files.exists(target)) {
            throw new BackupException(BackupProblem.ALREADY_EXISTS);
        }
        return target;
    }

    /** Writes the file (sealed while it is written when {@code key} is given); returns its length. */
    private static long write(Path file, PayloadBuffer json, SealedFile.Key key, VaultOptions options)
            throws BackupException {
        try {
            if (key == null) {
                SealedFile.writePlain(file, json, options.faults());
                return json.length();
            }
            return SealedFile.write(file, json, key, options.random(), options.faults());
        } catch (AtomicFileWriter.ReplacedButNotDurable e) {
            // the file is under its name; whether it stays there depends on whether it can still be removed
            throw removedOrDriveGone(file, new BackupException(BackupProblem.WRITE_FAILED, WriteFailures.reason(e), e));
        } catch (IOException e) {
            removeQuietly(file); // before the rename nothing is under the backup's name: the message holds
            throw new BackupException(BackupProblem.WRITE_FAILED, WriteFailures.reason(e), e);
        }
    }

    /**
     * Reads the file back as a stream (decrypted chunk by chunk when sealed): its digest first, then
     * the import's checks on the JSON. The file is never held whole a second time.
     */
    private static void verify(Path file, SealedFile.Key key, byte[] digest, Map<String, Long> counts)
            throws BackupException {
        try {
            JsonSource json = source(file, key);
            if (!MessageDigest.isEqual(digest, sha256(json))) {
                throw new BackupException(BackupProblem.NOT_VERIFIED);
            }
            BackupInfo info = checked(json);
            for (Map.Entry<String, Long> count : counts.entrySet()) {
                if (!count.getValue().equals(info.counts().get(count.getKey()))) {
                    throw new BackupException(BackupProblem.NOT_VERIFIED);
                }
            }
        } catch (BackupException e) {
            throw removedOrDriveGone(file, e);
        } catch (IOException | VaultException | RuntimeException e) {
            throw removedOrDriveGone(file, new BackupException(BackupProblem.NOT_VERIFIED, e.getClass().getSimpleName(), e));
        }
    }

    private static JsonSource source(Path file, SealedFile.Key key) throws IOException, VaultException, BackupException {
        if (key == null) {
            return () -> Files.newInputStream(file);
        }
        long size = Files.size(file);
        byte[] head;
        try (var in = Files.newInputStream(file)) {
            head = in.readNBytes(SealedFile.HEAD_BYTES);
        }
        SealedFile.Opened opened = SealedFile.opening(file, head, size, key)
                .orElseThrow(() -> new BackupException(BackupProblem.NOT_VERIFIED));
        return opened::payload;
    }

    /**
     * {@code failure}, whose message says the file was removed, once that is true. When the file
     * cannot be removed because its folder went away (a stick pulled), nothing is known about what
     * the drive kept: a complete file is as likely as a torn one, and the message says so.
     */
    private static BackupException removedOrDriveGone(Path file, BackupException failure) {
        if (removeQuietly(file) && Files.isDirectory(file.toAbsolutePath().getParent())) {
            return failure;
        }
        return new BackupException(BackupProblem.DRIVE_GONE, null, failure);
    }

    /** The bytes are exactly what was written; if they fail the import checks, the vault's data is the problem. */
    private static BackupInfo checked(JsonSource json) throws BackupException {
        try {
            return BackupReader.check(json);
        } catch (BackupException e) {
            throw new BackupException(BackupProblem.UNEXPORTABLE_VALUE, e.detail(), e);
        }
    }

    /** True when nothing is left under the file's name (false: the drive refused or is gone). */
    private static boolean removeQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static byte[] sha256(JsonSource source) throws IOException {
        try (var in = source.open()) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return digest.digest();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

}
