package nestling.util;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;

/**
 * The one place the time zone of this computer is decided, for the window and every command alike:
 * {@code TZ} from the environment when it names a zone (as {@code date} and the C library read it,
 * a leading ':' allowed), else the JVM's default. Asked once when a command or the window starts
 * and passed on from there; nothing is kept here.
 */
public final class LocalZone {
    private LocalZone() {
    }

    /** The zone for this process: see the class comment. */
    public static ZoneId of(Map<String, String> environment) {
        return of(environment, ZoneId.systemDefault());
    }

    static ZoneId of(Map<String, String> environment, ZoneId jvmDefault) {
        String tz = environment.get("TZ");
        if (tz != null && !tz.isBlank()) {
            try {
                return ZoneId.of(tz.startsWith(":") ? tz.substring(1) : tz);
            } catch (DateTimeException e) {
                // an unknown TZ is ignored as the C library ignores it: the JVM's zone stays
            }
        }
        return jvmDefault;
    }
}
