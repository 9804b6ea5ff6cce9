package nestling.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import nestling.domain.Baby;
import nestling.domain.BottleContent;
import nestling.domain.Entry;
import nestling.domain.EntryData;
import nestling.domain.EntryType;
import nestling.domain.RunningTimer;
import nestling.domain.Side;
import nestling.domain.TimerKind;
import nestling.domain.TimerState;
import nestling.domain.UnitSystem;

/**
 * What the lock screen shows and needs while the vault is locked, as {@code nestling.lock-screen}
 * holds it (docs/vault-format.md section 10): the caregiver who was at the window (an id, no name),
 * the units the bottle shows in, the colour scheme, and per active baby its id, name, last bottle, next breast and running timers (kind and times).
 * Nothing else: no entry, no note, no activity name.
 */
public record LockScreenState(UUID caregiver, UnitSystem units, String theme, List<LockedBaby> babies) {
    /** The window's colour scheme setting (the ui package's ThemeSetting.KEY): a cold start at night is not glaring white. */
    static final String THEME_SETTING = "ui.theme";
    /** How far back the last bottle is looked for (as the Today screen's dashboard). */
    static final Duration BOTTLE_LOOKBACK = Duration.ofDays(3);

    public LockScreenState {
        babies = List.copyOf(babies);
    }

    /** A baby as the lock screen knows it; {@code bottleMl}, {@code bottleContent} and {@code nextSide} may be null. */
    public record LockedBaby(UUID id, String name, Integer bottleMl, BottleContent bottleContent, Side nextSide,
            List<LockedTimer> timers) {
        public LockedBaby {
            timers = List.copyOf(timers);
        }

        public LockedBaby withTimers(UnaryOperator<List<LockedTimer>> change) {
            return new LockedBaby(id, name, bottleMl, bottleContent, nextSide, change.apply(new ArrayList<>(timers)));
        }
    }

    /** A running (or paused) timer: enough to show "Feeding · left · 12 min" and to switch, pause or stop it. */
    public record LockedTimer(UUID id, TimerKind kind, Instant startedAt, TimerState state) {
    }

    public LockScreenState withBaby(LockedBaby changed) {
        return new LockScreenState(caregiver, units, theme, babies.stream().map(b -> b.id().equals(changed.id()) ? changed : b).toList());
    }

    /** The state of the vault as it is now (in a read of the open database). */
    static LockScreenState of(Connection c, Instant now) throws SQLException {
        List<LockedBaby> babies = new ArrayList<>();
        for (Baby baby : BabyRepository.all(c, false)) {
            UUID id = baby.meta().id();
            EntryData.Bottle bottle = null;
            Side nextSide = null;
            for (Entry entry : EntryRepository.list(c, new EntryQuery(id, now.minus(BOTTLE_LOOKBACK), now,
                    Set.of(EntryType.BOTTLE, EntryType.BREASTFEEDING)))) { // by start time: later ones win
                switch (entry.data()) {
                    case EntryData.Bottle b when b.ml() != null -> bottle = b;
                    case EntryData.Breastfeeding b -> nextSide = b.nextSide();
                    default -> { }
                }
            }
            List<LockedTimer> timers = new ArrayList<>();
            for (RunningTimer timer : TimerRepository.running(c, id)) {
                timers.add(new LockedTimer(timer.meta().id(), timer.kind(), timer.startedAt(), timer.state()));
            }
            babies.add(new LockedBaby(id, baby.name(), bottle == null ? null : bottle.ml(),
                    bottle == null ? null : bottle.content(), nextSide, timers));
        }
        UnitSystem units = Settings.get(c, Settings.UNITS).filter("IMPERIAL"::equals).isPresent()
                ? UnitSystem.IMPERIAL : UnitSystem.METRIC;
        return new LockScreenState(Settings.currentCaregiver(c), units, Settings.get(c, THEME_SETTING).orElse(null), babies);
    }

    byte[] toJson() {
        return LockScreenJson.write(this);
    }

    /** Reads format 1 (ids and names only) and 2; anything malformed is a RuntimeException. */
    static LockScreenState fromJson(byte[] bytes) {
        return LockScreenJson.read(bytes);
    }
}
