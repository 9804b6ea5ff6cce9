package nestling.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** TZ when it names a zone, else the JVM's: the one rule the window and every command follow. */
class LocalZoneTest {
    private static final ZoneId JVM = ZoneId.of("America/Chicago");

    @Test
    void tzWinsWhenItNamesAZone() {
        assertEquals(ZoneId.of("Asia/Kolkata"), LocalZone.of(Map.of("TZ", "Asia/Kolkata"), JVM));
        assertEquals(ZoneId.of("Europe/Berlin"), LocalZone.of(Map.of("TZ", ":Europe/Berlin"), JVM), "the C library's ':' form");
    }

    @Test
    void otherwiseTheJvmsZone() {
        assertEquals(JVM, LocalZone.of(Map.of(), JVM));
        assertEquals(JVM, LocalZone.of(Map.of("TZ", " "), JVM));
        assertEquals(JVM, LocalZone.of(Map.of("TZ", "Mars/Olympus_Mons"), JVM));
    }
}
