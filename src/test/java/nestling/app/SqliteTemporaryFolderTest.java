package nestling.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/** sqlite-jdbc's temporary folder: its library's own where the launcher names that, else as the user set it. */
class SqliteTemporaryFolderTest {
    @Test
    void isTheLibrarysFolderOnlyWhenTheLauncherNamesOneAndNoneWasGiven() {
        Properties installed = new Properties();
        installed.setProperty("org.sqlite.lib.path", "/opt/nestling/lib/runtime/lib");
        Main.sqliteLooksBesideItsLibrary(installed);
        assertEquals("/opt/nestling/lib/runtime/lib", installed.getProperty("org.sqlite.tmpdir"));

        Properties given = new Properties();
        given.setProperty("org.sqlite.lib.path", "/opt/nestling/lib/runtime/lib");
        given.setProperty("org.sqlite.tmpdir", "/home/ada/.cache");
        Main.sqliteLooksBesideItsLibrary(given);
        assertEquals("/home/ada/.cache", given.getProperty("org.sqlite.tmpdir"), "a folder the user gave stays");

        Properties development = new Properties(); // the library is unpacked from the jar: its folder stays the JVM's
        Main.sqliteLooksBesideItsLibrary(development);
        assertNull(development.getProperty("org.sqlite.tmpdir"));
    }
}
