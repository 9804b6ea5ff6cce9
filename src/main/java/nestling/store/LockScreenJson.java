package nestling.store;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nestling.domain.BottleContent;
import nestling.domain.Side;
import nestling.domain.TimerKind;
import nestling.domain.TimerState;
import nestling.domain.UnitSystem;
import nestling.store.LockScreenState.LockedBaby;
import nestling.store.LockScreenState.LockedTimer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The bytes of {@code nestling.lock-screen} (docs/vault-format.md section 10), written and read token
 * by token. The lock screen reads this file at every start of the window, and every save and every
 * {@code nestling log} writes it: an object mapper built for it cost about 15 ms of a command's start
 * and, with the quick logs it feeds, a fifth of the window's first frame (issue 20). The bytes are
 * the ones the object mapper wrote (LockScreenStateJsonTest), so an update does not rewrite a
 * family's file for nothing.
 */
final class LockScreenJson {
    static final int FORMAT = 2;
    private static final JsonFactory JSON = new JsonFactory();

    private LockScreenJson() {
    }

    static byte[] write(LockScreenState state) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (JsonGenerator json = JSON.createGenerator(bytes)) {
            json.writeStartObject();
            json.writeNumberProperty("format", FORMAT);
            json.writeStringProperty("caregiver", state.caregiver() == null ? null : state.caregiver().toString());
            json.writeStringProperty("units", state.units().name());
            json.writeStringProperty("theme", state.theme());
            json.writeArrayPropertyStart("babies");
            for (LockedBaby baby : state.babies()) {
                json.writeStartObject();
                json.writeStringProperty("id", baby.id().toString());
                json.writeStringProperty("name", baby.name());
                if (baby.bottleMl() == null) {
                    json.writeNullProperty("bottleMl");
                } else {
                    json.writeNumberProperty("bottleMl", baby.bottleMl().intValue());
                }
                json.writeStringProperty("bottleContent", name(baby.bottleContent()));
                json.writeStringProperty("nextSide", name(baby.nextSide()));
                json.writeArrayPropertyStart("timers");
                for (LockedTimer timer : baby.timers()) {
                    json.writeStartObject();
                    json.writeStringProperty("id", timer.id().toString());
                    json.writeStringProperty("kind", timer.kind().name());
                    json.writeNumberProperty("startedAt", timer.startedAt().toEpochMilli());
                    json.writeName("state");
                    writeTimerState(json, timer.state());
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

    /** The timer's state as the object mapper writes the record: every component, in order, nulls included. */
    private static void writeTimerState(JsonGenerator json, TimerState state) {
        json.writeStartObject();
        json.writeStringProperty("side", name(state.side()));
        writeNullableLong(json, "segmentStartMs", state.segmentStartMs());
        writeNullableLong(json, "pausedAtMs", state.pausedAtMs());
        json.writeNumberProperty("leftMs", state.leftMs());
        json.writeNumberProperty("rightMs", state.rightMs());
        json.writeNumberProperty("otherMs", state.otherMs());
        json.writeNumberProperty("pausedMs", state.pausedMs());
        json.writeNumberProperty("sideSwitches", state.sideSwitches());
        json.writeEndObject();
    }

    private static void writeNullableLong(JsonGenerator json, String name, Long value) {
        if (value == null) {
            json.writeNullProperty(name);
        } else {
            json.writeNumberProperty(name, value.longValue());
        }
    }

    /**
     * Reads format 1 (ids and names only) and 2; fields it does not know are skipped. Anything
     * malformed (not JSON, a missing id, an unknown timer kind) is a RuntimeException.
     */
    static LockScreenState read(byte[] bytes) {
        Map<?, ?> root;
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), bytes)) {
            root = (Map<?, ?>) value(parser, parser.nextToken());
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("more than one JSON value");
            }
        }
        List<LockedBaby> babies = new ArrayList<>();
        for (Object item : list(root.get("babies"))) {
            Map<?, ?> baby = (Map<?, ?>) item;
            List<LockedTimer> timers = new ArrayList<>();
            for (Object timerItem : list(baby.get("timers"))) {
                Map<?, ?> timer = (Map<?, ?>) timerItem;
                timers.add(new LockedTimer(UUID.fromString((String) timer.get("id")), TimerKind.valueOf((String) timer.get("kind")),
                        Instant.ofEpochMilli(((Number) timer.get("startedAt")).longValue()),
                        timerState((Map<?, ?>) timer.get("state"))));
            }
            Object bottleMl = baby.get("bottleMl");
            babies.add(new LockedBaby(UUID.fromString((String) baby.get("id")), (String) baby.get("name"),
                    bottleMl instanceof Number ml && ml.longValue() == ml.intValue() ? ml.intValue() : null,
                    enumOrNull(BottleContent.class, baby.get("bottleContent")), enumOrNull(Side.class, baby.get("nextSide")),
                    timers));
        }
        UnitSystem units = enumOrNull(UnitSystem.class, root.get("units"));
        return new LockScreenState(root.get("caregiver") instanceof String caregiver ? UUID.fromString(caregiver) : null,
                units == null ? UnitSystem.METRIC : units, root.get("theme") instanceof String theme ? theme : null, babies);
    }

    private static TimerState timerState(Map<?, ?> state) {
        return new TimerState(enumOrNull(Side.class, state.get("side")), nullableLong(state.get("segmentStartMs")),
                nullableLong(state.get("pausedAtMs")), longOrZero(state.get("leftMs")), longOrZero(state.get("rightMs")),
                longOrZero(state.get("otherMs")), longOrZero(state.get("pausedMs")), (int) longOrZero(state.get("sideSwitches")));
    }

    /** One JSON value, starting at {@code token}: objects as maps, arrays as lists, numbers as Long or Double. */
    private static Object value(JsonParser parser, JsonToken token) {
        if (token == null) {
            throw new IllegalArgumentException("the file ends early");
        }
        return switch (token) {
            case START_OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
                    String name = parser.currentName();
                    object.put(name, value(parser, parser.nextToken()));
                }
                yield object;
            }
            case START_ARRAY -> {
                List<Object> array = new ArrayList<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    array.add(value(parser, next));
                }
                yield array;
            }
            case VALUE_STRING -> parser.getString();
            case VALUE_NUMBER_INT -> parser.getLongValue();
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new IllegalArgumentException("unexpected " + token);
        };
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }

    private static Long nullableLong(Object value) {
        return value instanceof Number number ? number.longValue() : null;
    }

    private static long longOrZero(Object value) {
        return value instanceof Number number ? number.longValue() : 0;
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, Object value) {
        return value instanceof String name ? Enum.valueOf(type, name) : null;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
