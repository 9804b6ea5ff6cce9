package nestling.imports.nara;

import nestling.imports.RefusalReason;
import java.util.Locale;
import java.util.Map;
import nestling.domain.EntryData;
import nestling.domain.StoolColour;
import nestling.domain.StoolConsistency;
import nestling.imports.Notes;
import nestling.imports.RowRefusal;
import nestling.imports.csv.CsvReader;

/**
 * A Nara diaper: {@code [Diaper] Type} Wet, Dirty, Dirty Wet (or Mixed) or Dry; the dirty one's colour
 * and texture as words (several may be listed: the first Nestling knows is taken, the rest kept in the
 * notes with the detail).
 */
final class NaraDiaper {
    private static final Map<String, StoolColour> COLOURS = Map.of("YELLOW", StoolColour.YELLOW, "MUSTARD",
            StoolColour.YELLOW, "GREEN", StoolColour.GREEN, "BROWN", StoolColour.BROWN, "BLACK", StoolColour.BLACK,
            "RED", StoolColour.RED, "WHITE", StoolColour.WHITE, "GREY", StoolColour.WHITE, "GRAY", StoolColour.WHITE);
    private static final Map<String, StoolConsistency> TEXTURES = Map.of("WATERY", StoolConsistency.WATERY, "RUNNY",
            StoolConsistency.WATERY, "LOOSE", StoolConsistency.LOOSE, "SEEDY", StoolConsistency.SEEDY, "SOFT",
            StoolConsistency.SOFT, "MUSHY", StoolConsistency.SOFT, "PASTY", StoolConsistency.SOFT, "FORMED",
            StoolConsistency.FORMED, "SOLID", StoolConsistency.FORMED, "HARD", StoolConsistency.HARD);

    private NaraDiaper() {
    }

    static EntryData of(NaraRows rows, CsvReader.Record r, Notes notes) throws RowRefusal {
        String type = rows.get(r, "[Diaper] Type").toUpperCase(Locale.ROOT);
        boolean wet = type.contains("WET") || type.equals("MIXED");
        boolean dirty = type.contains("DIRTY") || type.contains("POO") || type.equals("MIXED");
        boolean dry = type.equals("DRY");
        if (!wet && !dirty && !dry) {
            throw new RowRefusal(RefusalReason.DIAPER_NOT_NARA);
        }
        Notes all = new Notes().add(notes.text()).add("Detail", rows.get(r, "[Diaper] Detail"));
        StoolColour colour = first(rows.get(r, "[Diaper] Dirty Color"), COLOURS, all, "Colour");
        StoolConsistency consistency = first(rows.get(r, "[Diaper] Dirty Texture"), TEXTURES, all, "Texture");
        if (!dirty) {
            colour = null;
            consistency = null;
        }
        return new EntryData.Diaper(wet, dirty, dry, colour, consistency, false, all.text());
    }

    /** The first word Nestling knows; when other words come with it, the whole text is kept in the notes. */
    private static <T> T first(String text, Map<String, T> known, Notes notes, String label) {
        T found = null;
        boolean others = false;
        for (String word : text.toUpperCase(Locale.ROOT).split("[\\s,;/]+")) {
            if (word.isEmpty()) {
                continue;
            }
            T value = known.get(word);
            if (value != null && found == null) {
                found = value;
            } else {
                others = true;
            }
        }
        if (others) {
            notes.add(label, text);
        }
        return found;
    }
}
