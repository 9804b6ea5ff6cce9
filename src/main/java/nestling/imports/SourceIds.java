package nestling.imports;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Ids of imported records, derived from the source rather than drawn at random: the same row of the
 * same app's export always becomes the same entry id, so importing a file twice (or a later export
 * that repeats the earlier rows) adds nothing the second time. Name-based (version 3) UUIDs of the
 * format's name and the row's {@link SourceRow#sourceKey()}; the format's name keeps two apps' rows
 * with equal keys apart.
 */
public final class SourceIds {
    private SourceIds() {
    }

    public static UUID entry(String formatName, String sourceKey) {
        return named(formatName + "\u0000entry\u0000" + sourceKey);
    }

    /** The id a baby the import creates gets, from the source's own key for that baby. */
    public static UUID baby(String formatName, String babyKey) {
        return named(formatName + "\u0000baby\u0000" + babyKey);
    }

    private static UUID named(String text) {
        return UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
