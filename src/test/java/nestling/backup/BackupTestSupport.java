package nestling.backup;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import nestling.vault.VaultOptions;

/** Shared test settings: fast Argon2id, a fixed clock. */
final class BackupTestSupport {
    static final char[] PASS = "correct horse battery".toCharArray();
    static final char[] OTHER = "a different backup phrase".toCharArray();

    private BackupTestSupport() {
    }

    static VaultOptions options() {
        return VaultOptions.defaults().withFastKdfForTests()
                .withClock(Clock.fixed(Instant.parse("2026-11-26T12:34:56Z"), ZoneId.of("Europe/Berlin")));
    }

    static VaultOptions options(Instant at) {
        return VaultOptions.defaults().withFastKdfForTests().withClock(Clock.fixed(at, ZoneId.of("UTC")));
    }
}
