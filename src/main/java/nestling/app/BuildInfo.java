package nestling.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Facts stamped into the jar at build time (see {@code build.properties}, filtered by Maven). */
public final class BuildInfo {
    private BuildInfo() {
    }

    /** What {@code nestling --version} prints: {@code Nestling 0.1.0}. */
    public static String versionLine() {
        return "Nestling " + version();
    }

    /** The application version, e.g. {@code 0.1.0}. */
    public static String version() {
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
