package nestling.backup;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The fixed names and limits of the backup format (see docs/backup-format.md). */
final class BackupFormat {
    static final String FORMAT = "nestling-backup";
    /** Raised whenever a reader of the previous version could misread a new file. */
    static final int FORMAT_VERSION = 1;
    static final String SEALED_EXTENSION = ".nestling";
    static final String PLAIN_EXTENSION = ".json";
    /** No real family comes near this (200k entries are about 60 MB); a larger file is refused unread. */
    static final long MAX_FILE_BYTES = 1L << 30;
    /** Settings under this prefix are this laptop's own bookkeeping and never leave it. */
    static final String LOCAL_SETTING_PREFIX = "backup.";
    static final String VAULT_ID_SETTING = "backup.vaultId";
    static final String MERGE_POINT_PREFIX = "backup.mergePoint.";

    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");

    private BackupFormat() {
    }

    static String fileName(LocalDateTime localTime, boolean plain) {
        return "nestling-backup-" + NAME_TIME.format(localTime) + (plain ? PLAIN_EXTENSION : SEALED_EXTENSION);
    }

    static String fileName(java.time.Instant instant, ZoneId zone, boolean plain) {
        return fileName(LocalDateTime.ofInstant(instant, zone), plain);
    }
}
