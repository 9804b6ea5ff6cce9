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
    /**
     * The largest backup JSON read, as a plain file or inside a sealed one (which may be that much
     * plus its container): 256 MiB, over four times a family with 200k entries (about 60 MB, decades
     * of logging). A larger file is refused unread: only padding or a hostile file gets there, and
     * reading it (streamed, so not held in memory) would still take minutes.
     */
    static final long MAX_JSON_BYTES = 256L << 20;
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
