package nestling.backup;

import java.time.Instant;
import java.util.Map;

/** The header of a backup: what made it and when, and how many records each key holds. */
public record BackupInfo(int formatVersion, int schemaVersion, Instant createdAt, String appVersion,
        String sourceVaultId, Map<String, Long> counts) {
}
