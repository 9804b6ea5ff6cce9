package nestling.backup;

/** Carries a checked {@link BackupException} out of a {@link nestling.store.SqlWork} lambda; unwrapped at once. */
final class WrappedBackupException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient BackupException backupException;

    WrappedBackupException(BackupException e) {
        super(e.getMessage(), e, false, false);
        this.backupException = e;
    }
}
