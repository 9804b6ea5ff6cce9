package nestling.vault;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A previous generation of the vault kept in {@code snapshots/}, same format as the vault file. */
public record Snapshot(Path file, long generation, Instant savedAt) {
    private static final Pattern NAME = Pattern.compile("gen-(\\d{12})-(\\d{13})\\.vault");

    static String fileName(long generation, Instant savedAt) {
        return String.format("gen-%012d-%013d.vault", generation, savedAt.toEpochMilli());
    }

    static Optional<Snapshot> parse(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Snapshot(file, Long.parseLong(m.group(1)), Instant.ofEpochMilli(Long.parseLong(m.group(2)))));
    }
}
