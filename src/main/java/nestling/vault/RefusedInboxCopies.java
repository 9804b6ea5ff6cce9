package nestling.vault;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The copies of an inbox whose merge refused records ({@code nestling.inbox.refused-T}, T the merge's
 * time in epoch milliseconds), kept beside the vault as they were, still sealed. Only the newest
 * {@link #KEPT} stay: a family whose unlocks keep refusing a record (a foreign or damaged one) would
 * otherwise gather a copy per unlock forever, and the latest copies hold every record the older ones
 * do that still matters (what the parent has not decided on is held inside the vault, not here).
 */
public final class RefusedInboxCopies {
    /** How many copies stay; older ones are deleted when a new one is written. */
    public static final int KEPT = 5;

    private static final String PREFIX = InboxFile.NAME + ".refused-";
    private static final Pattern COPY = Pattern.compile(Pattern.quote(PREFIX) + "(\\d{1,18})");

    private RefusedInboxCopies() {
    }

    /** The name of the copy a merge at {@code millis} keeps. */
    public static String name(long millis) {
        return PREFIX + millis;
    }

    /**
     * Deletes all but the newest {@link #KEPT} copies in {@code directory}, never {@code written} (the
     * copy just kept counts as the newest even if the clock went back). Best effort: a copy that cannot
     * be deleted now is tried again after the next refusal; files of other names are never touched.
     */
    static void prune(Path directory, Path written) throws IOException {
        List<Path> older = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                if (COPY.matcher(file.getFileName().toString()).matches()
                        && !file.getFileName().equals(written.getFileName()) && Files.isRegularFile(file)) {
                    older.add(file);
                }
            }
        }
        older.sort(Comparator.comparingLong(RefusedInboxCopies::millis).reversed());
        for (Path old : older.subList(Math.min(older.size(), KEPT - 1), older.size())) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException stillThere) {
                // kept for now: the merge it belongs to is done, and the next refusal prunes again
            }
        }
    }

    private static long millis(Path copy) {
        Matcher name = COPY.matcher(copy.getFileName().toString());
        return name.matches() ? Long.parseLong(name.group(1)) : 0;
    }
}
