package nestling.vault;

/**
 * Every way opening or saving a vault can fail, each with its own message and exit code. The
 * messages say what is wrong and what to do; they never contain a passphrase or any family data.
 */
public enum VaultProblem {
    NOT_FOUND(6, "There is no Nestling vault in this folder yet. Create one, or point Nestling at the right folder."),
    ALREADY_EXISTS(6, "A Nestling vault already exists in this folder. Unlock it instead of creating a new one."),
    NOT_A_VAULT(4, "This file is not a Nestling vault. Check that Nestling points at the right folder (--vault or NESTLING_HOME); nothing was changed."),
    NEWER_FORMAT(4, "This vault was made by a newer Nestling. Update Nestling to open it; nothing was changed."),
    NOT_A_FILE(4, "The vault file is damaged: nestling.vault is not an ordinary file (it is a pipe, a device or a link to one), so it was not read. Bring back the newest good snapshot with `nestling restore-snapshot` (`nestling snapshots` lists them), or restore a backup."),
    TRUNCATED(4, "The vault file is shorter than it should be: it is damaged. Bring back the newest good snapshot with `nestling restore-snapshot` (`nestling snapshots` lists them), or restore a backup."),
    TOO_LONG(4, "The vault file is longer than it should be (something was added to its end): it is damaged. Bring back the newest good snapshot with `nestling restore-snapshot` (`nestling snapshots` lists them), or restore a backup."),
    HEADER_DAMAGED(4, "The vault file's header is damaged. Bring back the newest good snapshot with `nestling restore-snapshot` (`nestling snapshots` lists them), or restore a backup."),
    UNREASONABLE_KDF(4, "The vault file asks for key-derivation settings far beyond what Nestling uses: it is damaged or was not made by Nestling. Bring back the newest good snapshot with `nestling restore-snapshot` (`nestling snapshots` lists them), or restore a backup."),
    WRONG_PASSPHRASE(3, "Wrong passphrase. Check Caps Lock and the keyboard layout, then try again."),
    BODY_DAMAGED(4, "The passphrase is right, but the vault's contents are damaged. Bring back the newest good snapshot with `nestling restore-snapshot` (`nestling snapshots` lists them), or restore a backup."),
    DATABASE_DAMAGED(4, "The vault decrypted, but the database inside fails its integrity check. Bring back the newest good snapshot with `nestling restore-snapshot` (`nestling snapshots` lists them), or restore a backup."),
    IN_USE(5, "This vault is already open in another Nestling window or command. Close that one first."),
    CHANGED_ELSEWHERE(5, "Another Nestling opened this vault while this one had it open (its lock file nestling.lock was removed) and changed it or still has it open; nothing was saved. Close the other one, then try again."),
    READ_ONLY(1, "The vault folder is read-only: Nestling can open and read it, but nothing was saved. Make the folder writable (or copy it somewhere writable), then try again."),
    IO_ERROR(1, "The vault could not be read or written. Check that the disk is present, writable and not full.");

    private final int exitCode;
    private final String message;

    VaultProblem(int exitCode, String message) {
        this.exitCode = exitCode;
        this.message = message;
    }

    /** The command-line exit code the contract assigns to this problem. */
    public int exitCode() {
        return exitCode;
    }

    /** An English message for logs and the command line; the window uses its own resource bundle. */
    public String message() {
        return message;
    }

    /** True where the file itself is damaged, as opposed to a wrong passphrase or a busy vault. */
    public boolean isDamage() {
        return switch (this) {
            case NOT_A_FILE, TRUNCATED, TOO_LONG, HEADER_DAMAGED, UNREASONABLE_KDF, BODY_DAMAGED, DATABASE_DAMAGED -> true;
            default -> false;
        };
    }
}
