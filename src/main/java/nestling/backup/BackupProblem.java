package nestling.backup;

/**
 * Every way reading or writing a backup can fail, each with its command-line exit code and a
 * message that says what is wrong and what to do. Messages never carry a passphrase or family data;
 * a detail (a line and column, a JSON path) may be added by {@link BackupException}.
 */
public enum BackupProblem {
    NOT_FOUND(6, "The backup file does not exist."),
    FOLDER_MISSING(6, "The folder to write to does not exist. Is the drive connected?"),
    BAD_FILE_NAME(2, "A backup file name must end in .nestling (encrypted) or .json (plain)."),
    ALREADY_EXISTS(6, "A file with that name already exists; choose a folder or a new file name."),
    NOT_A_BACKUP(4, "This file is not a Nestling backup."),
    NOT_A_FILE(4, "This is not an ordinary file (it is a pipe, a device or a link to one), so it cannot be a Nestling backup; it was not read."),
    VAULT_NOT_BACKUP(4, "This is a Nestling vault file, not a backup. Open it as a vault instead."),
    WRONG_PASSPHRASE(3, "Wrong passphrase for this backup. It may have its own backup passphrase."),
    DAMAGED(4, "The backup file is damaged (truncated or altered). Use another backup; nothing was changed."),
    UNREASONABLE_KDF(4, "The backup asks for key-derivation settings far beyond what Nestling uses: it is damaged or was not made by Nestling. Use another backup; nothing was changed."),
    NEWER_FORMAT(4, "This backup was made by a newer Nestling. Update Nestling to read it; nothing was changed."),
    INVALID_JSON(4, "The backup is not valid JSON; nothing was changed."),
    SCHEMA_VIOLATION(4, "The backup does not follow the Nestling backup format; nothing was changed."),
    DUPLICATE_ID(4, "The backup holds two records with the same id; nothing was changed."),
    IMPOSSIBLE_VALUE(4, "The backup holds an impossible value; nothing was changed."),
    OVERSIZED(4, "The file is larger than any Nestling backup can be; it was not read."),
    UNREADABLE(1, "The backup file could not be read. Check that the drive is connected."),
    WRITE_FAILED(1, "The backup could not be written. Check that the drive is connected, writable and not full; no backup file was left behind."),
    DRIVE_GONE(1, "The drive went away while the backup was being written or read back, so it may or may not be complete. Plug the drive in again and check the file with verify-backup, or export again."),
    NOT_VERIFIED(1, "The backup was written but reading it back did not give the same data; it was removed. Try another drive."),
    UNEXPORTABLE_VALUE(1, "The vault holds a value that a backup cannot carry, so the file would not restore; it was removed. Please report this."),
    TOO_LARGE(1, "This vault holds more than one backup file can carry (Nestling reads backups of up to 256 MiB), so no backup was made. Please report this."),
    TABLE_NOT_COVERED(1, "This Nestling holds a kind of record the backup format does not cover yet; no backup was made.");

    private final int exitCode;
    private final String message;

    BackupProblem(int exitCode, String message) {
        this.exitCode = exitCode;
        this.message = message;
    }

    public int exitCode() {
        return exitCode;
    }

    public String message() {
        return message;
    }
}
