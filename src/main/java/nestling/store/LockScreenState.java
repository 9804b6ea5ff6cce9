package nestling.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the lock screen shows and needs while the vault is locked, as {@code nestling.lock-screen}
 * holds it (docs/vault-format.md section 10): the caregiver who was at the window (an id, no name),
 * the units the bottle shows in, the colour scheme, and per active baby its id, name, last bottle, next breast and running timers (kind and times).
 * Nothing else: no entry, no note, no activity name.
 */
public record LockScreenState(UUID caregiver, UnitSystem units, String theme, List<LockedBaby> babies) {
    /** The window's colour scheme setting (the ui package's ThemeSetting.KEY): a cold start at night is not glaring white. */
    static final String THEME_SETTING = "ui.theme";
    static final int FORMAT = 2;
    /** How far back the last bottle is looked for (as the Today screen's dashboard). */
    static final Duration BOTTLE_LOOKBACK = Duration.ofDays(3);
    /**
     * Writes the file field by field: every save and every {@code nestling log} writes it, and an
     * object mapper built for it (with its tree nodes) was about 15 ms of a command's start (issue 20).
     */
    private static final JsonFactory JSON = new JsonFactory();

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
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (JsonGenerator json = JSON.createGenerator(bytes)) {
            json.writeStartObject();
            json.writeNumberProperty("format", FORMAT);
            json.writeStringProperty("caregiver", text(caregiver));
            json.writeStringProperty("units", units.name());
            json.writeStringProperty("theme", theme);
            json.writeArrayPropertyStart("babies");
            for (LockedBaby baby : babies) {
                json.writeStartObject();
                json.writeStringProperty("id", baby.id().toString());
                json.writeStringProperty("name", baby.name());
                if (baby.bottleMl() == null) {
                    json.writeNullProperty("bottleMl");
                } else {
                    json.writeNumberProperty("bottleMl", baby.bottleMl().intValue());
                }
                json.writeStringProperty("bottleContent", baby.bottleContent() == null ? null : baby.bottleContent().name());
                json.writeStringProperty("nextSide", baby.nextSide() == null ? null : baby.nextSide().name());
                json.writeArrayPropertyStart("timers");
                for (LockedTimer timer : baby.timers()) {
                    json.writeStartObject();
                    json.writeStringProperty("id", timer.id().toString());
                    json.writeStringProperty("kind", timer.kind().name());
                    json.writeNumberProperty("startedAt", timer.startedAt().toEpochMilli());
                    // the state as the mapper writes the record (what fromJson reads back)
                    json.writeName("state");
                    json.writeRawValue(Mapper.MAPPER.writeValueAsString(timer.state()));
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return bytes.toByteArray();
    }

    /** Reads format 1 (ids and names only) and 2; anything malformed is a RuntimeException. */
    static LockScreenState fromJson(byte[] bytes) {
        JsonNode root = Mapper.MAPPER.readTree(new String(bytes, StandardCharsets.UTF_8));
        List<LockedBaby> babies = new ArrayList<>();
        for (JsonNode baby : root.path("babies")) {
            List<LockedTimer> timers = new ArrayList<>();
            for (JsonNode timer : baby.path("timers")) {
                timers.add(new LockedTimer(UUID.fromString(timer.path("id").asString()),
                        TimerKind.valueOf(timer.path("kind").asString()),
                        Instant.ofEpochMilli(timer.path("startedAt").asLong()),
                        Mapper.MAPPER.treeToValue(timer.path("state"), TimerState.class)));
            }
            babies.add(new LockedBaby(UUID.fromString(baby.path("id").asString()), baby.path("name").asString(),
                    baby.path("bottleMl").canConvertToInt() ? baby.path("bottleMl").asInt() : null,
                    enumOrNull(BottleContent.class, baby.path("bottleContent")),
                    enumOrNull(Side.class, baby.path("nextSide")), timers));
        }
        String caregiver = root.path("caregiver").isString() ? root.path("caregiver").asString() : null;
        UnitSystem units = enumOrNull(UnitSystem.class, root.path("units"));
        return new LockScreenState(caregiver == null ? null : UUID.fromString(caregiver),
                units == null ? UnitSystem.METRIC : units, root.path("theme").isString() ? root.path("theme").asString() : null,
                babies);
    }

    /** The object mapper, built at its first use: reading the file, or a running timer's state. */
    private static final class Mapper {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, JsonNode node) {
        return node.isString() ? Enum.valueOf(type, node.asString()) : null;
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }
}
