package nestling.imports;

import java.util.List;
import java.util.Optional;
import nestling.imports.babybuddy.BabyBuddyFormat;
import nestling.imports.babytracker.BabyTrackerFormat;
import nestling.imports.huckleberry.HuckleberryFormat;
import nestling.imports.nara.NaraFormat;

/**
 * The other apps Nestling imports from, in the order a parent is offered them. Built on each call
 * (formats hold no state); adding a format is one line here.
 */
public final class ImportFormats {
    private ImportFormats() {
    }

    public static List<SourceFormat> all() {
        return List.of(
                new HuckleberryFormat(),
                new NaraFormat(),
                new BabyTrackerFormat(),
                new BabyBuddyFormat());
    }

    /** The format the command line names ({@code huckleberry}, {@code nara}, …). */
    public static Optional<SourceFormat> named(String name) {
        return all().stream().filter(f -> f.name().equalsIgnoreCase(name == null ? "" : name.strip())).findFirst();
    }
}
