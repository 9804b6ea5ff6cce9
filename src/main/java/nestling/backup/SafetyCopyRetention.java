package nestling.backup;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which safety copies ({@code before-<what>-yyyyMMdd-HHmmss[-n].nestling}) may go: all but the newest
 * {@value #NEWEST} and those made in the last {@value #DAYS} days. The same numbers as the vault's own
 * snapshots (3 saves, 14 days), so "Your data" can say one thing about how long earlier versions,
 * and the deleted entries they still hold, linger; a bad import is noticed within days, and the newest
 * copies stay even when the laptop was not used for weeks. Each copy is a whole backup (photos
 * included), so without a limit a weekly merge would fill the folder with dozens a year. The time
 * comes from the file name (written in UTC by {@link SafetyCopy}), not from the file system, so
 * copying the folder elsewhere changes nothing. Files named otherwise are never touched.
 */
final class SafetyCopyRetention {
    static final int NEWEST = 3;
    static final int DAYS = 14;
    private static final Pattern NAME = Pattern.compile(
            "before-[a-z]+-(\\d{8}-\\d{6})(?:-(\\d+))?" + Pattern.quote(BackupFormat.SEALED_EXTENSION));
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private SafetyCopyRetention() {
    }

    private record Copy(Path file, Instant madeAt, int number) {
    }

    /** The files of {@code folder} to delete; never {@code justMade}. */
    static List<Path> toDelete(List<Path> files, Path justMade, Instant now) {
        List<Copy> newestFirst = files.stream().map(SafetyCopyRetention::parse).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Copy::madeAt).thenComparingInt(Copy::number).reversed())
                .toList();
        Instant cutoff = now.minus(Duration.ofDays(DAYS));
        List<Path> delete = new ArrayList<>();
        for (int i = NEWEST; i < newestFirst.size(); i++) {
            Copy copy = newestFirst.get(i);
            if (copy.madeAt().isBefore(cutoff) && !copy.file().equals(justMade)) {
                delete.add(copy.file());
            }
        }
        return delete;
    }

    private static Optional<Copy> parse(Path file) {
        Matcher name = NAME.matcher(file.getFileName().toString());
        if (!name.matches()) {
            return Optional.empty();
        }
        try {
            Instant madeAt = LocalDateTime.parse(name.group(1), STAMP).toInstant(ZoneOffset.UTC);
            return Optional.of(new Copy(file, madeAt, name.group(2) == null ? 1 : Integer.parseInt(name.group(2))));
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
