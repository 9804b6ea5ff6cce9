package nestling.journal;

import java.util.Optional;
import nestling.domain.DayStart;
import nestling.domain.UnitSystem;
import nestling.store.Database;
import nestling.store.Settings;

/** The family's preferences kept in the vault (so a backup carries them): the units shown and the hour their day starts. */
public final class Preferences {
    private final Database database;

    public Preferences(Database database) {
        this.database = database;
    }

    /** Metric unless the family chose imperial. */
    public UnitSystem units() {
        Optional<String> stored = database.read(c -> Settings.get(c, Settings.UNITS));
        return stored.filter("IMPERIAL"::equals).map(s -> UnitSystem.IMPERIAL).orElse(UnitSystem.METRIC);
    }

    public void setUnits(UnitSystem units) {
        database.write(c -> {
            Settings.put(c, Settings.UNITS, units.name());
            return null;
        });
    }

    /** The hour the family's day starts (midnight unless they chose another). */
    public DayStart dayStart() {
        return database.read(Settings::dayStart);
    }

    public void setDayStart(DayStart dayStart) {
        database.write(c -> {
            Settings.put(c, Settings.DAY_START, dayStart.text());
            return null;
        });
    }
}
